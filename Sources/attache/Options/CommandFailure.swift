import ArgumentParser

/// A failure while a command runs (a store that cannot be opened or is locked, an unknown event
/// id or actor, a PostgreSQL server that refuses the connection): printed as one line, and the
/// command exits with status 1. Wrong flags and values are `ValidationError`s instead: the usage
/// hint and status 64.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) { self.description = description }
}

/// Range checks for the numbers a command takes, named by their flag.
enum NumberOption {
    static func check(_ value: Int?, _ flag: String, in range: ClosedRange<Int>) throws {
        guard let value, !range.contains(value) else { return }
        let bound =
            range.upperBound == Int.max
            ? "at least \(range.lowerBound)" : "from \(range.lowerBound) to \(range.upperBound)"
        throw ValidationError("\(flag) \(value) is out of range: give a number \(bound)")
    }
}
