import AttacheCore
import AttacheText
import Testing

@Suite struct SegmenterTests {
    @Test func abbreviationsAndInitialsDoNotEndSentences() throws {
        #expect(
            try Fixtures.sentences(
                "Gen. Mark Milley met Dr. Sara Jones in Washington, D.C. on Jan. 21 to discuss the U.S. plan. They agreed."
            )
                == [
                    "Gen. Mark Milley met Dr. Sara Jones in Washington, D.C. on Jan. 21 to discuss the U.S. plan.",
                    "They agreed.",
                ])
        #expect(try Fixtures.sentences("President John F. Kennedy visited Berlin in 1963. Crowds cheered.").count == 2)
        #expect(try Fixtures.sentences("Talks, e.g. on trade, i.e. tariffs, went on. No. 10 said nothing.").count == 2)
    }

    @Test func aDottedAbbreviationEndsASentenceBeforeASentenceStarter() throws {
        #expect(
            try Fixtures.sentences("The envoy returned to the U.S. The talks resume Monday.")
                == ["The envoy returned to the U.S.", "The talks resume Monday."])
        #expect(try Fixtures.sentences("Shares of Acme Inc. rose sharply.").count == 1)
    }

    @Test func numbersKeepTheirSeparators() throws {
        let annotated = try Fixtures.clean("About 3,200 people fled; $50 million and 1.5 percent were pledged.")
        let tokens = annotated.tokens.map { annotated.string(of: $0) }
        #expect(
            tokens == [
                "About", "3,200", "people", "fled", ";", "$", "50", "million", "and", "1.5", "percent", "were",
                "pledged", ".",
            ])
        #expect(annotated.sentences.count == 1)
    }

    @Test func ellipsesQuotesAndBrackets() throws {
        #expect(
            try Fixtures.sentences("He paused... then spoke. \"We will not yield.\" The crowd (mostly students.) left!")
                == ["He paused... then spoke.", "\"We will not yield.\"", "The crowd (mostly students.) left!"])
        #expect(
            try Fixtures.sentences("“Peace is near,” she said. “It is.” Others doubted it.")
                == ["“Peace is near,” she said.", "“It is.”", "Others doubted it."])
    }

    @Test func headlinesAndListItemsAreSentencesOfTheirOwn() throws {
        #expect(
            try Fixtures.sentences(
                "Sweden joins NATO\nKey points\n• Troops to Latvia\n• Air policing\nThe accession took effect today.")
                == [
                    "Sweden joins NATO", "Key points", "• Troops to Latvia", "• Air policing",
                    "The accession took effect today.",
                ])
    }

    @Test func wrappedLinesAreJoined() throws {
        #expect(try Fixtures.sentences("The ministers agreed that the\nmission would continue. Next item.").count == 2)
    }

    @Test func possessivesAndHyphensSplitOnce() throws {
        let annotated = try Fixtures.clean("Russia's war and Albania’s 10-year pact with the EU-backed allies' fund.")
        let tokens = annotated.tokens.map { annotated.string(of: $0) }
        #expect(
            tokens == [
                "Russia", "'s", "war", "and", "Albania", "’s", "10", "-", "year", "pact", "with", "the", "EU", "-",
                "backed", "allies", "'", "fund", ".",
            ])
        let attached = annotated.tokens.map(\.attachedToPrevious)
        #expect(attached[1] && attached[7] && attached[8] && !attached[6])
        #expect(annotated.tokens[0].shape == .capitalized)
        #expect(annotated.tokens[1].shape == .possessive)
        #expect(annotated.tokens[12].shape == .upper)
    }

    @Test func offsetsPointIntoTheCleanedText() throws {
        let text = "Zelensky met Rama in Tiranë. Они говорили."
        let annotated = try Fixtures.clean(text)
        #expect(annotated.sentences.count == 2)
        let words = annotated.tokens.map { annotated.string(of: $0) }
        #expect(words.contains("Tiranë") && words.contains("говорили"))
        for token in annotated.tokens {
            #expect(Array(text.utf8)[token.span.range] == annotated.text[token.span.range])
        }
    }
}
