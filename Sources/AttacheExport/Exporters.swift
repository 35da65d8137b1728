public import AttacheKnowledge

/// The writers of every export format, built once from the knowledge that names actors and
/// places and scales event types.
///
/// ```swift
/// let exporters = Exporters(knowledge: .builtIn)
/// print(exporters.gdelt.csv(events))
/// ```
public struct Exporters: Sendable {
    public var names: ActorNames
    public var gdelt: GDELTEventTable
    public var polecat: POLECATRecords
    public var graphML: GraphMLDocument
    public var relations: RelationTable

    public init(knowledge: KnowledgeBase) {
        names = ActorNames(knowledge: knowledge)
        let scale = EventScale(knowledge: knowledge)
        var placeKinds: [String: String] = [:]
        for place in knowledge.places { for name in place.names { placeKinds[name] = place.kind } }
        gdelt = GDELTEventTable(names: names, scale: scale, placeKinds: placeKinds)
        polecat = POLECATRecords(names: names, scale: scale)
        graphML = GraphMLDocument(names: names)
        relations = RelationTable(names: names)
    }
}
