import Testing
@testable import CXAnalytics

/// Redaction's hard cases: UK +44 formats, plus-addressed e-mails, and dates, times and
/// prices that look like phone numbers but must stay readable.
@Suite struct RedactionTrickyTests {
    // Proves the common ways of writing a UK number with its country code are all caught.
    @Test(arguments: [
        ("ring +44 20 7946 0958", "ring [phone]"),
        ("mobile +44 7700 900123.", "mobile [phone]."),
        ("+44 (0)20 7946 0958 any time", "[phone] any time"),
        ("+447700900123", "[phone]"),
        ("on +44-161-496-0000, thanks", "on [phone], thanks"),
        ("(+44) 7700 900 123", "[phone]"),
    ])
    func ukInternational(input: String, expected: String) {
        #expect(Redaction.redact(input) == expected)
    }

    // Proves plus-addressed, sub-domained and upper-case e-mails go whole, keeping the punctuation after them.
    @Test(arguments: [
        ("write to anna+refunds@shop.example.com!", "write to [email]!"),
        ("<JOHN.SMITH+CX2025@EXAMPLE.CO.UK>", "<[email]>"),
        ("email:a+b+c@x.io; thanks", "email:[email]; thanks"),
    ])
    func plusAddressedEmails(input: String, expected: String) {
        #expect(Redaction.redact(input) == expected)
    }

    // Proves dates, times, date-times, prices and order quantities are not taken for phones.
    @Test(arguments: [
        "booked 12/03/2025 14:45, arrived 2025-03-14 09:30",
        "open 09:00-17:30 Monday to Friday",
        "charged £1,299.99 then $12,500.00 then € 1.234,56",
        "paid 1 299,99 € for 2 items",
        "between 2024-12-01 and 2025-01-15",
        "3 x 250 ml and 12 x 500 g",
        "version 10.2.3 of the app",
        "from 01.02.2025 to 15.02.2025",
    ])
    func notPhones(input: String) {
        #expect(Redaction.redact(input) == input)
    }
}
