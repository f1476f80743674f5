/// What the sample transactions and touchpoints need to know about each customer of
/// a `SampleResponses` dataset: whether they answered, when, and their score — so
/// revenue, repeat purchases and journey emotions line up with the survey the way the
/// documentation of each sample promises.
struct SampleCustomers {
    /// Per customer, the score of their last response (−1: blank or no response).
    var recommend: [Int8]
    /// Per customer, the date of their last response (nil: never answered).
    var lastResponse: [CalendarDate?]

    init(_ responses: SampleResponses) {
        recommend = [Int8](repeating: -1, count: responses.customerCount)
        lastResponse = [CalendarDate?](repeating: nil, count: responses.customerCount)
        var recommend = self.recommend, lastResponse = self.lastResponse
        responses.forEachResponse { response in
            recommend[response.customer] = Int8(response.recommend ?? -1)
            lastResponse[response.customer] = response.date
        }
        self.recommend = recommend
        self.lastResponse = lastResponse
    }

    /// "promoter", "passive", "detractor", or "unknown" for customers without a score.
    func group(_ customer: Int) -> NPSGroup {
        let score = recommend[customer]
        if score < 0 { return .unknown }
        return score >= 9 ? .promoter : (score >= 7 ? .passive : .detractor)
    }

    enum NPSGroup: Int {
        case promoter, passive, detractor, unknown
    }
}

extension CalendarDate {
    /// The date `days` later (earlier when negative), by the proleptic Gregorian
    /// calendar (days from civil, after Howard Hinnant's algorithm).
    func adding(days: Int) -> CalendarDate {
        let y0 = month <= 2 ? year - 1 : year
        let era = (y0 >= 0 ? y0 : y0 - 399) / 400
        let yoe = y0 - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let serial = era * 146097 + doe + days
        let era2 = (serial >= 0 ? serial : serial - 146096) / 146097
        let doe2 = serial - era2 * 146097
        let yoe2 = (doe2 - doe2 / 1460 + doe2 / 36524 - doe2 / 146096) / 365
        let doy2 = doe2 - (365 * yoe2 + yoe2 / 4 - yoe2 / 100)
        let mp = (5 * doy2 + 2) / 153
        let d = doy2 - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return CalendarDate(year: yoe2 + era2 * 400 + (m <= 2 ? 1 : 0), month: m, day: d)!
    }
}
