public import AttacheCore

/// Why a file, or one line of a JSON Lines file, could not be read.
public typealias ReadFailure = FileProblem
