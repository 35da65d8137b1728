import Foundation

/// What a path names, checked before anything opens it: opening a FIFO blocks, and reading a
/// device such as `/dev/zero` never ends, so only regular files are read.
enum InputFiles {
    enum Kind {
        case regularFile(size: Int)
        case folder
        case missing
        /// A FIFO, socket or device, with its name for messages.
        case special(String)
    }

    /// The kind of `path`, following symbolic links.
    static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regularFile(size: Int(info.st_size))
        case S_IFDIR: return .folder
        case S_IFIFO: return .special("a FIFO")
        case S_IFSOCK: return .special("a socket")
        case S_IFCHR, S_IFBLK: return .special("a device")
        default: return .special("not a file")
        }
    }

    /// Every file below `folder` (following links, each folder once), sorted, hidden ones left out.
    /// A folder that cannot be listed is reported through `problem` and the walk goes on.
    static func files(below folder: String, problem: (String, String) -> Void) -> [String] {
        var files: [String] = []
        var visited: Set<[UInt64]> = []
        var pending = [folder]
        while let current = pending.popLast() {
            var info = stat()
            guard stat(current, &info) == 0 else { continue }
            guard visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else { continue }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: current)
            } catch {
                problem(current, "cannot list folder (\(describe(error)))")
                continue
            }
            for name in names where !name.hasPrefix(".") {
                let path = (current as NSString).appendingPathComponent(name)
                if case .folder = kind(of: path) {
                    pending.append(path)
                } else {
                    files.append(path)
                }
            }
        }
        return files.sorted()
    }

    /// The system's words for a file error ("Permission denied"), not Foundation's generic text.
    static func describe(_ error: any Error) -> String {
        var error = error as NSError
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError { error = underlying }
        if error.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(error.code))) }
        if error.domain == NSCocoaErrorDomain {
            switch error.code {
            case CocoaError.fileReadNoPermission.rawValue: return "Permission denied"
            case CocoaError.fileReadNoSuchFile.rawValue: return "No such file or directory"
            default: break
            }
        }
        return error.localizedDescription
    }
}
