/// Appendices every report gets, written in the same Markdown and Mustache as user
/// narratives so they use the same values and directives. A project overrides one by
/// adding a page with the same name (`content/methodology.md`).
enum BuiltInPages {
    static func appendices(hasData: Bool) -> [SitePage] {
        guard hasData else { return [] }
        return [
            page("methodology", title: "Methodology", order: 900, description: "Definitions, formulas and the rules behind every figure.", body: methodology),
            page("data-quality", title: "Data quality", order: 910, description: "What was read, what could not be used, and where.", body: dataQuality),
        ]
    }

    private static func page(_ name: String, title: String, order: Int, description: String, body: String) -> SitePage {
        SitePage(narrative: Narrative(path: "(built-in)/\(name).md", title: title, order: order, description: description,
                                      draft: false, body: body, bodyLine: 1, outputName: name + ".html"),
                 outputPath: name + ".html")
    }

    static let methodology = """
    # Methodology

    This appendix defines every figure in the report and the rules used to show it.
    All intervals are {{confidence}} intervals, and "significant" means significant at
    the same level.

    ## Net Promoter Score

    Customers rate how likely they are to recommend us from 0 to 10. Ratings of 9–10
    are *promoters*, 7–8 *passives* and 0–6 *detractors*. The Net Promoter Score is
    the percentage of promoters minus the percentage of detractors, from −100 to 100:
    NPS = 100 × (p − d).

    Its interval is the *adjusted-Wald* interval (Rocks, 2016): three quarters of a
    response are added to the promoters and to the detractors and three to the base,
    and the interval is NPS ± z × SE on those adjusted shares, with
    SE = √((p + d − (p − d)²) / n). Unlike the plain interval it keeps its stated
    coverage for small groups and extreme scores.

    ## Satisfaction and effort

    *Satisfaction (CSAT)* is the share of answers in the top two boxes of the
    satisfaction scale (4–5 on a 1–5 scale), with a Wilson score interval.
    *Customer effort (CES)* is the mean answer on the effort scale, where a higher
    score means easier, with a t interval; the share agreeing counts the answers above
    the scale's midpoint (5–7 on a 1–7 scale).

    ## Changes and differences

    A change between two periods, or a difference between a segment and all other
    customers, is tested before it is described:

    - NPS: z = Δ / √(SE₁² + SE₂²), with the standard errors above;
    - satisfaction: a two-proportion z test with a pooled proportion;
    - effort: Welch's t test, which does not assume equal variances.

    The report calls a change a rise or a fall only when the test is significant at
    {{confidence}}; otherwise it says there was no significant change and gives the
    observed difference and the base.

    ## Key drivers

    The importance of each driver is its *relative weight* (Johnson, 2000): the share
    of the explained variance (R²) in likelihood to recommend that it accounts for,
    computed from the eigendecomposition of the drivers' correlation matrix so that
    correlated drivers share credit fairly. Only responses that rated every driver
    and the outcome are used (listwise deletion). Performance is the mean rating.
    The importance–performance map splits drivers at the mean importance and the
    mean performance.

    {{#outcome}}
    ## Yes/no outcome

    *{{name}}* is the share answering yes, with a Wilson score interval; changes use a
    two-proportion z test with a pooled proportion.

    {{/outcome}}
    {{#has_gaps}}
    ## Expectations and perceptions

    Each customer rated what they expected and what they perceived on each dimension.
    The gap is the mean of perceived − expected over customers who rated both, with a
    paired t interval (x̄ ± t × s/√n on the differences). A dimension is said to fall
    short only when the whole interval lies below zero.

    {{/has_gaps}}
    {{#has_sacrifice}}
    ## Customer sacrifice

    Sacrifice is the mean of wanted − received per attribute over customers who gave
    both, with a t interval; the share with a gap counts customers whose two values
    differ (Wilson interval).

    {{/has_sacrifice}}
    {{#journey}}
    ## Journey

    Touchpoint events are grouped by stage (before, during and after the purchase) and
    touchpoint. Each shows the mean emotional valence with a t interval and the share of
    negative events (below the scale's midpoint) with a Wilson interval. A *moment of
    truth* ranks touchpoints by the customers they let down: the share of negative
    events times the number of distinct customers who reached the touchpoint. For each
    customer the *peak* is the event farthest from neutral (the negative one on a tie)
    and the *end* the last by date; the report compares how well the mean of peak and end
    and the plain average of all events correlate (Pearson r) with the customer's
    likelihood to recommend. Both come from the same customers and the same rating, so
    the two r are compared with Williams' t (Steiger 1980), which allows for the
    correlation between the two summaries; one is called the better predictor only when
    the difference is significant.

    {{/journey}}
    {{#voice}}
    ## Comments

    Sentiment is scored with VADER (Hutto & Gilbert, 2014), a rule-based lexicon method
    that handles negation ("not good"), intensifiers ("very"), "but" clauses, capitals
    and punctuation; its compound score runs from −1 to 1 and a comment is negative at
    −0.05 or below and positive at 0.05 or above. Themes are found by keywords. Comments
    quoted in the report have e-mail addresses, phone numbers and account numbers
    replaced by placeholders.

    {{/voice}}
    {{#crm}}
    ## Revenue

    Responses are joined to transactions by customer. Each customer belongs to the NPS
    group of their latest answer; revenue per customer counts customers without a
    purchase as 0 (t interval, cut at 0 when no customer's net revenue is negative), and
    repeat purchase is the share who bought again after their answer: a purchase dated
    later than it (Wilson interval); customers who answered late have had less time to come
    back, so groups compare fairly when their answers span the same months. Revenue and
    purchases count {{window}}; revenue at risk is the detractors' revenue.

    {{/crm}}
    {{#follow_up}}
    ## Follow-up list

    Every response scoring {{threshold}} or lower on likelihood to recommend is listed
    for a call back, lowest score first, then the most recent; comments are redacted.

    {{/follow_up}}
    ## Small groups

    Groups with fewer than {{suppress_below}} responses are withheld from every chart,
    table and page. Groups with fewer than {{low_base_below}} responses are shown but
    flagged as *low base*: their figures move a lot by chance alone. Key drivers are
    estimated only for groups with enough complete answers (at least
    {{low_base_below}} and ten per driver).

    ## Margins of error

    ```table
    measure: nps
    by: period
    ```

    ## Data

    {{#data_quality}}
    Figures are computed from {{rows_read}} responses in {{file}}; {{problems}} values or rows
    could not be used. The [data-quality appendix](data-quality.html) lists them.
    {{/data_quality}}
    """

    static let dataQuality = """
    # Data quality

    {{#data_quality}}
    The responses file {{file}} held **{{rows_read}} responses**. Values that did not
    fit their column's role were not guessed at: each was left out of the measures
    that need it, and counted below. {{malformed_rows}} rows had the wrong number of
    fields and were left out entirely.
    {{/data_quality}}

    ```table
    kind: data-quality
    ```

    {{#data_quality.has_problems}}
    ## The first problems found

    {{/data_quality.has_problems}}
    {{#data_quality.first_problems}}
    - {{.}}
    {{/data_quality.first_problems}}
    """
}
