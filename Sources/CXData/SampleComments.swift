/// Comment text for sample data, chosen to match the respondent's score so that a
/// sentiment analysis has a known answer: promoters write praise, detractors complain.
enum SampleComments {
    static let positive = [
        "The staff were really helpful and friendly.",
        "Great quality, the boots are excellent.",
        "Delivery was fast and the packaging was perfect.",
        "Love the new website, so easy to order.",
        "Excellent service, I will definitely come back!",
        "Very good value for the price.",
        "Support solved my problem in minutes, thank you.",
    ]
    static let neutral = [
        "It was fine, nothing special.",
        "Delivery took about a week, which is okay.",
        "Prices are average for this kind of product.",
        "The store was busy but the staff managed.",
        "Good product, but the website is a bit slow.",
    ]
    static let negative = [
        "Delivery was late again and nobody answered my emails.",
        "The jacket fell apart after two weeks. Poor quality.",
        "Too expensive for what you get.",
        "Waited 40 minutes on the phone, terrible support.",
        "The website kept crashing at checkout, very frustrating.",
        "Not happy: wrong size sent, and the return was a hassle.",
        "Rude staff, I won't be back.",
    ]
    static let contact = [
        " Please call me on 555-013-4477.",
        " You can reach me at jane.doe@example.com.",
        " Email j.smith@example.org if you need details.",
    ]

    static func comment(score: Int, random: inout SeededGenerator) -> String {
        let pool = score >= 9 ? positive : (score >= 7 ? neutral : negative)
        var text = pool[Int(random.uniform() * Double(pool.count))]
        let roll = random.uniform()
        if score <= 6 && roll < 0.12 {
            text += contact[Int(random.uniform() * Double(contact.count))]
        } else if roll < 0.05 {
            text += "\nAlso: the \"loyalty\" card, never worked."
        }
        return text
    }
}
