/// The narratives of the default quarterly CX report: what `cxreport init` writes for a
/// new project with sample data, and what the repository's sample project publishes
/// (`content/*.md`; a test keeps the two identical). Every section reads its figures
/// from the analysis and appears only when the project has the data behind it.
public enum DefaultReport {
    /// Paths relative to the project folder, and the page text.
    public static let pages: [(path: String, text: String)] = [
        ("content/customers.md", customers),
        ("content/drivers.md", drivers),
        ("content/expectations.md", expectations),
        ("content/index.md", index),
        ("content/journey.md", journey),
        ("content/segments.md", segments),
        ("content/voice.md", voice),
    ]

    static let customers = #"""
    ---
    title: Revenue and follow-up
    order: 7
    description: What promoters and detractors are worth, the revenue at risk, and the customers to call back.
    ---
    # Revenue and follow-up

    Survey answers were joined to purchase records by customer. Each customer counts once,
    in the group of their latest answer; customers with no purchase count with revenue 0.

    ```chart
    kind: crm
    ```

    ```table
    kind: crm
    ```

    {{#crm}}
    Detractors account for **{{revenue_at_risk}}** in revenue ({{revenue_at_risk_share}} of
    surveyed customers' revenue, {{window}}) — the revenue at risk if they leave.
    {{/crm}}

    ## Closing the loop

    {{#follow_up}}
    {{count}} responses scored {{threshold}} or lower. Each deserves a call back; the list
    below starts with the customers whose revenue is most at risk (with transactions linked;
    otherwise the lowest scores and the most recent). Comments are redacted: e-mail
    addresses, phone numbers and account numbers are removed.
    {{/follow_up}}

    ```table
    kind: follow-up
    limit: 25
    ```

    """#

    static let drivers = #"""
    ---
    title: Key drivers
    order: 3
    description: What drives customers' likelihood to recommend, and how that differs by segment.
    ---
    # Key drivers

    Which parts of the experience move customers' likelihood to recommend? Each
    driver's importance is its share of the explained variance (Johnson's relative
    weights, which stay meaningful when drivers are correlated), and its performance is
    the mean rating customers gave it. Drivers that matter most and score below
    average are where improvement pays off first.

    ```chart
    kind: drivers
    ```

    ```chart
    kind: driver-weights
    ```

    ```table
    kind: drivers
    ```

    ## What matters differs by segment

    {{#driver_differences}}
    - **{{field}} {{value}}**: the top driver is {{top_driver}}, while overall it is {{top_driver_overall}} (*n* = {{n}}).
    {{/driver_differences}}
    {{^driver_differences}}
    In every segment with enough complete answers, the most important driver is the
    same as overall: {{top_driver}}.
    {{/driver_differences}}

    {{#driver_segments}}
    - **{{field}} {{value}}**: {{top_driver}} (*n* = {{n}})
    {{/driver_segments}}

    """#

    static let expectations = #"""
    ---
    title: Expectations and sacrifice
    order: 4
    description: Where the experience falls short of what customers expected, and what they give up to buy from us.
    ---
    # Expectations and sacrifice

    Customers rated what they **expected** and what they **perceived** on each service
    dimension, both on the same scale. The gap is perceived minus expected for each
    customer, averaged: below zero, the experience fell short.

    ```chart
    kind: gaps
    ```

    ```table
    kind: gaps
    ```

    {{#largest_gap}}
    The largest shortfall is in **{{dimension}}**: perceived minus expected is
    {{gap}} points on average (*n* = {{n}}).
    {{/largest_gap}}
    {{^largest_gap}}
    On no dimension does the experience fall significantly short of what customers expected.
    {{/largest_gap}}

    ## Customer sacrifice

    Sacrifice is the distance between what a customer wanted and what they settled for.
    It does not show up as dissatisfaction — customers who expect little are not
    disappointed — but it is the room a competitor can win them with.

    ```chart
    kind: sacrifice
    ```

    ```table
    kind: sacrifice
    ```

    {{#sacrifice}}
    - **{{attribute}}**: customers wanted {{wanted}} and received {{received}}; {{differing}} of them got something other than what they wanted (*n* = {{n}}).
    {{/sacrifice}}

    """#

    static let index = #"""
    ---
    title: Summary
    order: 1
    description: Headline customer-experience figures for the year and the latest quarter.
    ---
    # {{title}}

    This report covers **{{n}} survey responses** collected across four quarters.
    Every figure states its base (*n*) and a {{confidence}} interval; groups with fewer
    than {{suppress_below}} responses are withheld and groups with fewer than
    {{low_base_below}} responses are flagged as low base. A change is called a rise or
    a fall only when it is statistically significant at {{confidence}}.

    ```metric
    measure: [nps, csat, ces]
    ```

    ## What changed in {{#latest}}{{period}}{{/latest}}

    {{#changes}}
    - **{{name}}**: {{phrase}} compared with {{from}}.
    {{/changes}}

    ## Where to act

    {{#largest_gap}}
    - **Expectations**: the experience falls furthest short of expectations on {{dimension}} (gap {{gap}} points, *n* = {{n}}) — see [Expectations and sacrifice](expectations.html).
    {{/largest_gap}}
    {{#journey.worst_moment}}
    - **Journey**: {{touchpoint}} ({{stage}} the purchase) lets down more customers than any other touchpoint: {{negative}} of experiences there are negative — see [The customer journey](journey.html).
    {{/journey.worst_moment}}
    {{#voice.most_negative_theme}}
    - **Comments**: {{name}} draws the most negative comments ({{negative}} of {{comments}}) — see [Voice of the customer](voice.html).
    {{/voice.most_negative_theme}}
    {{#crm.revenue_at_risk}}
    - **Revenue**: detractors account for {{crm.revenue_at_risk}} in revenue ({{crm.revenue_at_risk_share}}) — see [Revenue and follow-up](customers.html).
    {{/crm.revenue_at_risk}}
    {{#follow_up}}
    - **Follow-up**: {{count}} responses scored {{threshold}} or lower and are listed for a call back.
    {{/follow_up}}

    ## Net Promoter Score

    Over the whole year the Net Promoter Score is **{{nps.score}}**
    ({{confidence}} interval {{nps.low}} to {{nps.high}}, *n* = {{nps.n}}):
    {{nps.promoters}} promoters, {{nps.passives}} passives and {{nps.detractors}} detractors.

    ```chart
    kind: trend
    measure: nps
    title: Net Promoter Score by quarter
    ```

    ```chart
    kind: composition
    by: period
    ```

    ```table
    measure: nps
    by: period
    ```

    ## Satisfaction and effort

    {{#overall.csat}}
    {{score}} of customers rate their satisfaction in the top two boxes
    ({{low}} to {{high}}, *n* = {{n}}).
    {{/overall.csat}}
    {{#overall.ces}}
    On effort, the mean score is {{mean}} and {{agree}} agree that we made it easy
    (*n* = {{n}}).
    {{/overall.ces}}

    ```chart
    kind: bar
    measure: csat
    by: period
    ```

    """#

    static let journey = #"""
    ---
    title: The customer journey
    order: 5
    description: How customers feel before, during and after the purchase, and the moments that let most of them down.
    ---
    # The customer journey

    {{#journey}}
    We followed {{customers}} surveyed customers through {{events}} recorded touchpoints,
    from first contact to after-sales. Each touchpoint carries the emotion the customer
    reported, from negative to positive.
    {{/journey}}

    ```chart
    kind: journey
    ```

    ## Moments of truth

    A touchpoint matters most when it lets down many customers: its impact is the number
    of customers who reach it times the share of negative experiences there.

    ```chart
    kind: moments
    ```

    {{#journey.worst_moment}}
    The touchpoint that lets down most customers is **{{touchpoint}}** ({{stage}} the
    purchase): {{negative}} of experiences there are negative, among {{customers}} customers.
    {{/journey.worst_moment}}

    ```table
    kind: journey
    ```

    ## Peaks and ends

    {{#journey.peak_end}}
    The peak-end rule (Kahneman) holds that people remember an experience by its most
    intense moment and by how it ended. Across {{n}} customers with both a journey and a
    rating, the mean of peak and end correlates with likelihood to recommend at
    r = {{r_peak_end}}, against r = {{r_average}} for the plain average of all touchpoints.
    {{#better}}Here the peak and the end predict recommendation better than the average does (Williams' t = {{t}}, {{p}}).{{/better}}
    {{#average_better}}Here the plain average predicts recommendation better than the peak and the end do (Williams' t = {{t}}, {{p}}).{{/average_better}}
    {{#no_difference}}The two do not differ significantly at {{confidence}} (Williams' t = {{t}}, {{p}}): on this data neither predicts recommendation better than the other.{{/no_difference}}
    {{/journey.peak_end}}

    """#

    static let segments = #"""
    ---
    title: Segments
    order: 2
    description: Net Promoter Score by region, channel and product, and how each differs from the rest.
    ---
    # Segments

    What customers say differs by where and how they buy. Each segment is compared
    with all other customers; the whiskers show the {{confidence}} interval of each
    group's score, and the tables say whether a difference is significant.

    ## By region

    ```chart
    kind: bar
    measure: nps
    by: region
    ```

    ```table
    measure: nps
    by: region
    ```

    ```chart
    kind: heatmap
    measure: nps
    by: region
    title: NPS by region and quarter
    ```

    ## By channel

    ```chart
    kind: bar
    measure: nps
    by: channel
    ```

    ```table
    measure: nps
    by: channel
    ```

    ## By product

    ```chart
    kind: bar
    measure: nps
    by: product
    ```

    ```table
    measure: nps
    by: product
    ```

    """#

    static let voice = #"""
    ---
    title: Voice of the customer
    order: 6
    description: What customers write about, how they feel about it, and examples in their own words.
    ---
    # Voice of the customer

    {{#voice}}
    {{comments}} customers left a comment. Read for sentiment, {{positive}} of the
    comments are positive and {{negative}} negative. Each comment is also sorted into
    themes by the words it uses; one comment can touch several themes.
    {{/voice}}

    ```chart
    kind: themes
    ```

    {{#voice.most_negative_theme}}
    Comments on **{{name}}** are the most negative: {{negative}} of the {{comments}}
    comments about it are negative.
    {{/voice.most_negative_theme}}
    {{#voice.detractor_theme}}
    Among detractors ({{comments}} comments), the theme raised most often is
    **{{name}}**, in {{share}} of their comments.
    {{/voice.detractor_theme}}

    ```table
    kind: themes
    ```

    ## In their own words

    ```table
    kind: comments
    limit: 4
    ```

    """#

}
