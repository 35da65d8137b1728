import AttacheCore
import AttacheExtraction
import AttacheKnowledge
import Testing

/// Lemmas and word classes from WordNet (morphology.tsv), and trigger patterns written once per lemma.
@Suite struct MorphologyTests {
    let lemmatizer = Lemmatizer.builtIn

    @Test func regularAndIrregularFormsHaveTheirLemma() {
        #expect(lemmatizer.lemma(of: "signed") == TokenKey.of("sign"))
        #expect(lemmatizer.lemma(of: "signing") == TokenKey.of("sign"))
        #expect(lemmatizer.lemma(of: "talks") == TokenKey.of("talk"))
        #expect(lemmatizer.lemma(of: "met") == TokenKey.of("meet"))
        #expect(lemmatizer.lemma(of: "crises") == TokenKey.of("crisis"))
        #expect(lemmatizer.lemma(of: "Expelled") == TokenKey.of("expel"))
    }

    @Test func aShortStemIsNotTrusted() {
        // "bed" is not "be" + "d", nor "news" "new" + "s".
        #expect(lemmatizer.lemma(of: "bed") == TokenKey.of("bed"))
        #expect(lemmatizer.lemma(of: "news") == TokenKey.of("news"))
    }

    @Test func tokensCarryTheirWordClasses() throws {
        let annotated = try Fixtures.analyze("Chile has recalled its envoy.")
        let recalled = try #require(annotated.tokens.firstIndex { annotated.string(of: $0) == "recalled" })
        #expect(annotated.wordClasses[recalled].contains(.verb))
        #expect(annotated.wordClasses[recalled].contains(.pastForm))
        #expect(annotated.lemmaKeys[recalled] == TokenKey.of("recall"))
    }

    @Test func aTriggerWrittenAsItsLemmaMatchesEveryInflection() throws {
        for sentence in [
            "Chile rebuked Peru.", "Chile rebukes Peru.", "Chile is rebuking Peru.",
        ] {
            let events = try Fixtures.analyze(sentence, published: "2024-01-01").events
            #expect(
                events.contains { $0.type == .accuse && $0.source == ["CHL"] && $0.target == ["PER"] }, "\(sentence)")
        }
    }
}

/// A user's knowledge folder extends the morphology as it does the patterns.
@Suite struct UserMorphologyTests {
    @Test func aUsersWordIsLemmatisedForTheirPattern() throws {
        var knowledge = KnowledgeBase.builtIn
        try knowledge.add(file: "morphology", text: "frobnicate\tv\n", path: "my/morphology.tsv")
        try knowledge.add(file: "events", text: "ACCUSE\tdisapprove\tfrobnicate\tdirect\t-\n", path: "my/events.tsv")
        let pipeline = try Pipeline.standard(
            patterns: EventPatterns(knowledge: knowledge), lemmatizer: Lemmatizer(knowledge: knowledge))
        var document = Document(id: "test", text: "Chile frobnicated Peru.")
        document.published = PartialDate(parsing: "2024-01-01")
        let events = try pipeline.run(document).events
        #expect(events.contains { $0.type == .accuse && $0.source == ["CHL"] && $0.target == ["PER"] })
    }
}

/// events.tsv and modality.tsv as a user extends them: mistakes are errors naming the line.
@Suite struct EventPatternFileTests {
    func patterns(adding events: String) throws(KnowledgeError) -> EventPatterns {
        var knowledge = KnowledgeBase.builtIn
        try knowledge.add(file: "events", text: events, path: "my/events.tsv")
        return try EventPatterns(knowledge: knowledge)
    }

    @Test func anUnknownFlagIsAnError() {
        #expect(throws: KnowledgeError.self) { try patterns(adding: "SUPPORT\t-\tcheer\tdirect\tloud\n") }
    }

    @Test func aTargetOfTwoWordsIsAnError() {
        #expect(throws: KnowledgeError.self) { try patterns(adding: "SUPPORT\t-\tcheer\tbelonging to\t-\n") }
    }

    @Test func groupsStandForEachOfTheirAlternatives() throws {
        let pipeline = try Pipeline.standard(
            patterns: patterns(adding: "SUPPORT\tpraise\t(cheer|toast) ... (effort|efforts)\tof\t-\n"))
        for sentence in ["Chile toasted the efforts of Peru.", "Chile cheers the effort of Peru."] {
            var document = Document(id: "test", text: sentence)
            document.published = PartialDate(parsing: "2024-01-01")
            let events = try pipeline.run(document).events
            #expect(events.contains { $0.type == .support && $0.target == ["PER"] }, "\(sentence)")
        }
    }
}
