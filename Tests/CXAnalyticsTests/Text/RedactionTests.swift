import Testing
@testable import CXAnalytics

/// Redaction of e-mail addresses, phone numbers and card/account numbers in verbatims.
@Suite struct RedactionTests {
    // Proves e-mail addresses are replaced whole, without eating the sentence's punctuation.
    @Test(arguments: [
        ("Mail me at jane.doe+cx@example.co.uk.", "Mail me at [email]."),
        ("(john_smith@mail.example.com)", "([email])"),
        ("a@b.io,c@d.org", "[email],[email]"),
        ("mailto:Anna-Lena.K@Firma-Beispiel.DE please", "mailto:[email] please"),
    ])
    func emails(input: String, expected: String) {
        #expect(Redaction.redact(input) == expected)
    }

    // Proves "@" that is not an address (handles, prices, no TLD) stays.
    @Test(arguments: ["@support was slow", "2 @ £5", "me@localhost", "x@y.1", "a@.com", "name@domain..com"])
    func notEmails(input: String) {
        #expect(Redaction.redact(input) == input)
    }

    // Proves international and national phone formats become [phone].
    @Test(arguments: [
        ("Call +44 20 7946 0958 now", "Call [phone] now"),
        ("call 555-013-4477.", "call [phone]."),
        ("(555) 013 4477", "[phone]"),
        ("ring 020 7946 0958 or 07700 900123", "ring [phone] or [phone]"),
        ("+1 (555) 013-4477", "[phone]"),
        ("tel: 01 23 45 67 89", "tel: [phone]"),
        ("555.013.4477", "[phone]"),
        ("+4915112345678", "[phone]"),
        ("number 5550134477 please", "number [phone] please"),
        ("1-800-555-0134", "[phone]"),
    ])
    func phones(input: String, expected: String) {
        #expect(Redaction.redact(input) == expected)
    }

    // Proves card and account numbers (12+ digits) become [number], not [phone].
    @Test(arguments: [
        ("card 4111 1111 1111 1111 was charged twice", "card [number] was charged twice"),
        ("card 4111-1111-1111-1111", "card [number]"),
        ("account 123456789012", "account [number]"),
        ("IBAN digits 12345678901234567890", "IBAN digits [number]"),
    ])
    func accountNumbers(input: String, expected: String) {
        #expect(Redaction.redact(input) == expected)
    }

    // Proves dates, times, amounts, small numbers and codes stay as written.
    @Test(arguments: [
        "Ordered on 2025-03-31, arrived 2025-04-02",
        "waited 40 minutes, then 2 hours",
        "delivered 31/03/2025 at 10:30",
        "on 31.03.25 or 03/31/2025",
        "prices went up 2024-2025",
        "paid 1.250.000 or 1 250 000 or 1,250,000",
        "rated it 5 5 5 4 4 4 4",
        "order A1234567890 and SKU 12345678X",
        "order #1234567",
        "£1299.99",
        "",
        "no digits at all",
    ])
    func leftAlone(input: String) {
        #expect(Redaction.redact(input) == input)
    }

    // Proves mixed text: each kind replaced in place, non-ASCII text around it kept.
    @Test func mixed() {
        let text = "Très déçu — écrivez à marie@exemple.fr ou +33 1 23 45 67 89 (carte 5500 0000 0000 0004)."
        #expect(Redaction.redact(text) == "Très déçu — écrivez à [email] ou [phone] (carte [number]).")
    }
}
