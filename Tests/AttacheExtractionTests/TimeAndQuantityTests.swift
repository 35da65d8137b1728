import AttacheCore
import AttacheExtraction
import Testing

@Suite struct TimeTaggerTests {
    func dates(_ text: String, published: String? = "2024-02-15") throws -> [String: String] {
        let annotated = try Fixtures.analyze(text, published: published)
        var found: [String: String] = [:]
        for time in annotated.times {
            found[annotated.string(time.span)] =
                (time.date?.description ?? "nil") + (time.relation == .at ? "" : " \(time.relation.rawValue)")
        }
        return found
    }

    @Test func absoluteDatesKeepTheirPrecision() throws {
        let found = try dates(
            "Talks began on April 1, 2009, resumed on 21 January 2025 and on 2022-12-05, stalled in June 2014, in late 2022 and in the 1990s."
        )
        #expect(found["April 1, 2009"] == "2009-04-01")
        #expect(found["21 January 2025"] == "2025-01-21")
        #expect(found["2022-12-05"] == "2022-12-05")
        #expect(found["June 2014"] == "2014-06")
        #expect(found["late 2022"] == "2022")
        #expect(found["the 1990s"] == "1990")
    }

    @Test func ordinalDaysAndAWeekdayBeforeADate() throws {
        let found = try dates(
            "Talks began on the 29th of January, resumed on February 3rd and ended on Sunday, February 11.")
        #expect(found["29th of January"] == "2024-01-29")
        #expect(found["February 3rd"] == "2024-02-03")
        #expect(found["Sunday, February 11"] == "2024-02-11")
    }

    @Test func relativeDatesResolveAgainstThePublishedDate() throws {
        // 2024-02-15 is a Thursday.
        let found = try dates(
            "The minister arrives on Thursday, left on Monday, will return later this month, joined 13 years ago, met on Jan. 21 and on February 24 of this year."
        )
        #expect(found["Thursday"] == "2024-02-15")
        #expect(found["Monday"] == "2024-02-12")
        #expect(found["later this month"] == "2024-02")
        #expect(found["13 years ago"] == "2011")
        #expect(found["Jan. 21"] == "2024-01-21")
        #expect(found["February 24 of this year"] == "2024-02-24")
    }

    @Test func withoutAPublishedDateRelativeOnesStayUnresolved() throws {
        let found = try dates("The envoy left on Monday and returned in 2020.", published: nil)
        #expect(found["Monday"] == "nil")
        #expect(found["2020"] == "2020")
    }

    @Test func sinceMarksAStartAndOtherWordsNoActsTime() throws {
        let found = try dates(
            "Volunteers have served there since 1992; as of June 2014 it is a candidate, with more troops than in 2010 "
                + "and a mandate until 2026.")
        #expect(found["1992"] == "1992 since")
        // "borders as of 1991" dates no act to 1991: a point of reference, like a comparison.
        #expect(found["June 2014"] == "2014-06 reference")
        #expect(found["2010"] == "2010 reference")
        #expect(found["2026"] == "2026 until")
    }
}

@Suite struct QuantityTaggerTests {
    func quantities(_ text: String) throws -> [String: String] {
        let annotated = try Fixtures.analyze(text, published: "2024-02-15")
        var found: [String: String] = [:]
        for quantity in annotated.quantities {
            found[annotated.string(quantity.span)] = "\(Int(quantity.quantity.value)) \(quantity.quantity.unit)"
        }
        return found
    }

    @Test func moneyCountsDurationsAndPercentages() throws {
        let found = try quantities(
            "Japan gave $50 million and Germany €1.2 billion, France sent 50 million dollars, Albania housed about 3,200 fleeing Afghans, at least 200,000 peacekeepers are needed, the 10-year pact runs for three years, and inflation hit 12 percent."
        )
        #expect(found["$50 million"] == "50000000 USD")
        #expect(found["€1.2 billion"] == "1200000000 EUR")
        #expect(found["50 million dollars"] == "50000000 USD")
        #expect(found["3,200 fleeing Afghans"] == "3200 people")
        #expect(found["200,000 peacekeepers"] == "200000 people")
        #expect(found["10-year"] == "10 years")
        #expect(found["three years"] == "3 years")
        #expect(found["12 percent"] == "12 percent")
    }

    @Test func agoIsATimeNotADuration() throws {
        #expect(try quantities("Albania joined 13 years ago.").isEmpty)
    }
}

@Suite struct EventDatingTests {
    @Test func aPerformativeActOfTheAuthorTakesThePublishedDate() throws {
        let annotated = try Fixtures.analyze(
            "We condemn the attack on Ukraine.", published: "2023-05-02",
            source: "Ministry of Foreign Affairs of Latvia")
        let event = try #require(annotated.events.first { $0.type == .accuse })
        #expect(event.source == ["LVA"])
        #expect(event.date == PartialDate(year: 2023, month: 5, day: 2))
    }

    @Test func aReportedVerbalActTakesThePublishedDate() throws {
        let annotated = try Fixtures.analyze(
            "Officials met in Riga. Latvia condemned the attack on Ukraine.", published: "2023-05-02")
        let event = try #require(annotated.events.first { $0.type == .accuse })
        #expect(event.date == PartialDate(year: 2023, month: 5, day: 2))
    }

    @Test func aReportedMaterialActIsNotDatedByPublication() throws {
        let annotated = try Fixtures.analyze(
            "Officials met in Riga. Latvia sent weapons to Ukraine.", published: "2023-05-02")
        let event = try #require(annotated.events.first { $0.type == .aid })
        #expect(event.date == nil)
    }

    @Test func ongoingSupportIsNotDatedByPublication() throws {
        let annotated = try Fixtures.analyze(
            "Officials met in Riga. Latvia has long supported Ukraine.", published: "2023-05-02")
        let event = try #require(annotated.events.first { $0.type == .support })
        #expect(event.date == nil)
    }

    @Test func aHeadlineActAndAPresentPerfectTakeThePublishedDate() throws {
        let annotated = try Fixtures.analyze(
            "Latvia recalls ambassador from Belarus\nLatvia has closed its border with Belarus.",
            published: "2023-05-02")
        let dates = annotated.events.filter { $0.type == .sanction }.map(\.date)
        #expect(dates.count == 2)
        #expect(dates.allSatisfy { $0 == PartialDate(year: 2023, month: 5, day: 2) })
    }
}

@Suite struct EventDateAttachmentTests {
    @Test func aDateInALaterAdverbialClauseBelongsToThatClause() throws {
        let annotated = try Fixtures.analyze(
            "Germany praised Poland after the floods hit the border region in May 2019.", published: nil)
        let event = try #require(annotated.events.first { $0.type == .support })
        #expect(event.date == nil)
    }

    @Test func aDateInTheSameClauseDatesTheEvent() throws {
        let annotated = try Fixtures.analyze("Germany praised Poland in May 2019.", published: nil)
        let event = try #require(annotated.events.first { $0.type == .support })
        #expect(event.date == PartialDate(year: 2019, month: 5))
    }
}
