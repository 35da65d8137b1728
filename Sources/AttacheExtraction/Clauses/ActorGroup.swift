import AttacheCore

/// Actors named together ("Montenegro and North Macedonia", "U.S. and NATO troops"): one slot of
/// an event or relation.
struct ActorGroup {
    var tokens: Range<Int>
    var members: [ActorMention]
    /// A demonym modifying a noun: a possible target or possessor, never a subject.
    var isAttributive = false

    var actors: [ActorCode] {
        var seen: Set<ActorCode> = []
        return members.map(\.actor).filter { seen.insert($0).inserted }
    }

    var roots: [String] {
        var seen: Set<String> = []
        return members.map(\.actor.root).filter { seen.insert($0).inserted }
    }
}
