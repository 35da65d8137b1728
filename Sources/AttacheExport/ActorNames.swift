public import AttacheKnowledge

/// Display names and kinds of actor roots, from the knowledge files: what exports and fact sheets
/// write beside the codes.
///
/// ```swift
/// let names = ActorNames(knowledge: .builtIn)
/// names.name("ALB")  // "Albania"
/// names.kind("NATO") // .organisation
/// ```
public struct ActorNames: Sendable {
    public enum Kind: String, Sendable { case state, organisation }

    private var names: [String: String] = [:]
    private var states: Set<String> = []

    public init(knowledge: KnowledgeBase) {
        for country in knowledge.countries.values {
            names[country.code] = country.name
            states.insert(country.code)
        }
        // An organisation's own row names it, not its missions' rows (KFOR is written NATO).
        for organisation in knowledge.organisations.values where organisation.id == organisation.code {
            names[organisation.code] = organisation.name
        }
    }

    /// The root's name, or the root itself when the knowledge has none.
    public func name(_ root: String) -> String { names[root] ?? root }

    public func kind(_ root: String) -> Kind { states.contains(root) ? .state : .organisation }

    public var all: [String: String] { names }
}
