import AttacheCore
import AttacheEval
import AttacheExtraction
import Testing

/// The engine's scores on the sample corpus against its reference annotations, as `attache eval`
/// computes them (the same counting as score.py). The floors sit a little under today's figures: a
/// change that loses accuracy fails.
@Suite struct SampleEvaluationTests {
    static func evaluation() throws -> Evaluation {
        let documents = Fixtures.sampleDocuments()
        let predicted = try documents.map { try Fixtures.pipeline.run($0).record }
        let gold = try documents.map { try Fixtures.gold(for: $0) }
        let codes = ScoredCodes(countryCodes: Set(ActorLexicon.builtIn.knowledge.countries.keys))
        return Evaluation(gold: gold, predicted: predicted, codes: codes)
    }

    @Test func scoresOnTheSampleCorpus() throws {
        let evaluation = try Self.evaluation()
        #expect(evaluation.documents == 5)
        #expect(evaluation.events.f1 >= 0.78, "events \(evaluation.events)")
        #expect(evaluation.events.precision >= 0.80, "events \(evaluation.events)")
        #expect(evaluation.relations.f1 >= 0.88, "relations \(evaluation.relations)")
        for kind in RelationKind.allCases {
            #expect((evaluation.relationsByKind[kind]?.f1 ?? 0) >= 0.75, "\(kind)")
        }
    }

    @Test func everyRecordCarriesEvidenceFromItsDocumentAndARule() throws {
        for document in Fixtures.sampleDocuments() {
            let annotated = try Fixtures.pipeline.run(document)
            for event in annotated.events {
                #expect(document.text.contains(event.evidence), "\(event.evidence)")
                #expect(event.rule != nil)
            }
            for relation in annotated.relations {
                #expect(document.text.contains(relation.evidence), "\(relation.evidence)")
                #expect(relation.rule != nil)
            }
        }
    }
}
