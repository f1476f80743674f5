extension ThemeDictionary {
    /// The keywords of the default themes (English), for `cxreport.yml` to start from.
    public static let defaultKeywords: [String: [String]] = [
        "price": [
            "price", "pricing", "priced", "overpriced", "cost*", "expensive", "cheap*", "afford*",
            "value", "value for money", "fee", "charge*", "discount*",
        ],
        "staff": [
            "staff", "employee", "colleague", "team member", "assistant", "cashier", "manager",
            "waiter", "waitress", "salesperson", "sales person", "driver", "rude", "polite",
            "friendly", "unfriendly", "attitude", "courteous", "customer service",
        ],
        "delivery": [
            "deliver*", "shipping", "shipped", "shipment", "ship", "courier", "parcel", "package",
            "dispatch*", "postage", "tracking", "arriv*",
        ],
        "quality": [
            "quality", "product", "item", "broken", "damaged", "defect*", "faulty", "durable",
            "material", "build quality", "stopped working", "poorly made", "well made",
        ],
        "website": [
            "website", "web site", "site", "online", "app", "login", "log in", "checkout",
            "check out", "page", "browser", "password", "account", "bug", "crash*",
        ],
        "support": [
            "support", "contact centre", "contact center", "call centre", "call center",
            "helpline", "hotline", "help desk", "helpdesk", "customer care", "live chat", "chat",
            "phone", "called", "email*", "e mail*", "complaint", "agent",
        ],
        "returns": [
            "return", "returned", "returning", "refund*", "exchang*", "money back", "replacement",
            "cancel*",
        ],
        "wait time": [
            "wait*", "queue*", "slow*", "speed", "quick*", "fast*", "delay*", "on hold", "hold",
            "late", "took ages", "took forever", "prompt*", "response time",
        ],
    ]

    /// price, staff, delivery, quality, website, support, returns and wait time.
    public static let defaults = ThemeDictionary(defaultKeywords)
}
