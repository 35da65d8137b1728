public import AttacheCore

/// Collects the standing relations a text states: memberships, agreements, diplomatic ties,
/// deployments and aid. Each rule family reads one sentence at a time (see the files beside this
/// one); a document states each relation once (repeats with the same identifying fields and
/// date are dropped).
///
/// ```swift
/// let pipeline = try Pipeline.standard()   // includes the relation tagger
/// ```
public struct RelationTagger: PipelineComponent {
    public static let name = "relation-tagger"
    public static let requires: Set<Layer> = [.actors, .times, .quantities]
    public static let assigns: Set<Layer> = [.relations]

    static let joinRule = "membership:join"

    public init() {}

    public func process(_ document: inout AnnotatedDocument) throws {
        var relations: [RelationRecord] = []
        var statementIndex: [String: Int] = [:]
        for sentence in SentenceView.views(of: document) {
            var reader = RelationReader(sentence: sentence)
            reader.readMemberships()
            reader.readAgreements()
            reader.readDiplomaticTies()
            reader.readDeployments()
            reader.readAid()
            for relation in reader.found {
                let statement = RelationReader.statement(relation)
                // A restatement (headline and lede) adds only the date the first one lacked.
                if let kept = statementIndex[statement] {
                    if relations[kept].signed == nil { relations[kept].signed = relation.signed }
                    if relations[kept].since == nil { relations[kept].since = relation.since }
                    // "seeking EU membership", then "seeks to join the EU": the verb states the act
                    // (a REQUEST), so its evidence is the one kept.
                    if relation.rule == Self.joinRule, relations[kept].rule != Self.joinRule {
                        relations[kept].rule = relation.rule
                        relations[kept].evidence = relation.evidence
                    }
                    continue
                }
                statementIndex[statement] = relations.count
                relations.append(relation)
            }
        }
        document.relations = relations
    }
}
