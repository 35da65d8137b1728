import AttacheCore
import AttacheText
import Testing

/// Page furniture written for these tests, in the shapes scraped news pages take.
@Suite struct CleanerTests {
    func kept(_ text: String) throws -> String { try Fixtures.clean(text).cleanedText }

    @Test func removesNavigationSignUpAndCookieLines() throws {
        let text = """
            Skip to main content
            Chile and Peru settle maritime dispute
            We use cookies to personalise content. Accept all cookies
            Share
            Facebook Twitter WhatsApp Email
            The two governments said on Monday that they accepted the court's ruling on the sea border and would respect it.
            Sign up for our morning newsletter
            Enter your email
            """
        #expect(
            try kept(text) == """
                Chile and Peru settle maritime dispute

                The two governments said on Monday that they accepted the court's ruling on the sea border and would respect it.
                """)
    }

    @Test func removesADonationAppealBoxWithItsMiddleParagraphs() throws {
        let text = """
            Mali's junta expels French ambassador
            Support independent journalism today
            Our reporters have covered the Sahel for twenty years, and we want to keep our coverage free for everyone who reads it.
            Your donation keeps us going. Every contribution, big or small, matters to us.
            The transitional government gave the envoy 72 hours to leave the country, state television reported on Tuesday evening.
            """
        let cleaned = try Fixtures.clean(text)
        #expect(
            cleaned.cleanedText == """
                Mali's junta expels French ambassador

                The transitional government gave the envoy 72 hours to leave the country, state television reported on Tuesday evening.
                """)
        #expect(cleaned.removed.map(\.rule) == ["boilerplate-phrase", "appeal-box", "boilerplate-phrase"])
    }

    @Test func aSentenceNeverRunsAcrossRemovedTextOrABlankLine() throws {
        // Joined, these would read as one sentence whose evidence the document never holds.
        let text = "Serbia did not\nDonate now\nsign the agreement.\nAlbania met\n\n and Serbia agreed."
        #expect(
            try Fixtures.sentences(text) == [
                "Serbia did not", "sign the agreement.", "Albania met", "and Serbia agreed.",
            ])
    }

    @Test func aSentenceAcrossIndentedLinesKeepsTheDocumentsWhiteSpace() throws {
        // Evidence cut from the cleaned text must be the document's own characters.
        let text = "Chile met   \n   the president of Peru in Lima."
        #expect(try kept(text) == text)
        #expect(try Fixtures.sentences(text) == [text])
    }

    @Test func cutsAnAppealGluedToTheFirstSentence() throws {
        let text =
            "Please support our journalism.Japan and South Korea agreed to resume regular summits, officials in Tokyo said."
        #expect(try kept(text) == "Japan and South Korea agreed to resume regular summits, officials in Tokyo said.")
    }

    @Test func removesAFeedAndTheTeaserBeforeIt() throws {
        let text = """
            Norway boosts aid to Sudan
            Oslo will give an additional 200 million kroner in humanitarian assistance to Sudan this year, the foreign ministry announced.
            The aid will be channelled through United Nations agencies working in Darfur and Khartoum, it said.
            Floods displace thousands in Bangladesh, officials say
            Heavy monsoon rains have forced more than ten thousand families from their homes in the northeast of the country.
            More news
            10:42 AM
            Ghana elects new speaker.
            Related
            """
        let cleaned = try Fixtures.clean(text)
        #expect(cleaned.cleanedText.hasSuffix("in Darfur and Khartoum, it said."))
        #expect(cleaned.removed.first?.rule == "feed-teaser")
        #expect(cleaned.removed.contains { $0.rule == "news-feed" && $0.text == "Ghana elects new speaker." })
    }

    @Test func keepsSectionHeadingsInsideTheArticle() throws {
        let text = """
            Background
            The alliance was founded in 1949 by twelve countries, and has since grown to thirty-two members across Europe and North America.
            Recent Developments
            Finland joined in 2023 and Sweden followed in 2024, after Türkiye and Hungary ratified their accession protocols.
            """
        #expect(try kept(text) == text)
    }

    @Test func removesRepeatedLinesAndFooters() throws {
        let text = """
            Canada sanctions Iranian officials
            Canada imposed sanctions on five Iranian officials on Friday over the crackdown on protesters, the foreign minister said.
            Canada imposed sanctions on five Iranian officials on Friday over the crackdown on protesters, the foreign minister said
            Copyright © 2024 Example News. All rights reserved.
            About us
            Contact
            """
        let cleaned = try Fixtures.clean(text)
        #expect(cleaned.sentences.count == 2)
        #expect(cleaned.removed.map(\.rule) == ["repeated", "boilerplate-phrase", "footer", "footer"])
        #expect(cleaned.headline == "Canada sanctions Iranian officials")
    }

    @Test func removesBylinesAndTimestamps() throws {
        let text = """
            By Maria Lopez, March 3, 2024 10:15 AM
            9:30 PM
            Argentina and Chile signed an energy agreement on Saturday.
            """
        #expect(try kept(text) == "Argentina and Chile signed an energy agreement on Saturday.")
    }
}
