/// Extracts the article text and metadata of an HTML page with a tolerant byte scanner.
///
/// Scripts, styles, navigation, headers, footers, asides, forms and elements whose class or id
/// names a widget (share, newsletter, related, cookie, ...) are dropped. When the page has an
/// `<article>` (else a `<main>`), only its text is kept. Unclosed tags and stray `<` are tolerated.
///
/// ```swift
/// let page = HTMLReader.extract("<html><body><p>Albania joined NATO.</p></body></html>")
/// page.text  // "Albania joined NATO."
/// ```
public enum HTMLReader {
    public struct Page {
        public var text: String
        public var title: String?
        public var published: String?
        public var publishedOrigin: String?
        public var source: String?
        public var url: String?
        public var problems: [String]
    }

    static let droppedElements: Set<String> = [
        "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg", "template",
        "iframe", "button", "select", "menu", "dialog", "object", "canvas", "video", "audio",
    ]
    static let rawTextElements: Set<String> = ["script", "style", "textarea", "template", "title"]
    static let blockElements: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "section",
        "article", "main", "blockquote", "figure", "figcaption", "pre", "hr", "dd", "dt", "dl", "body",
        "caption", "address", "td", "th",
    ]
    /// Words in a class or id that mark page furniture rather than article text.
    static let widgetWords = [
        "share", "social", "newsletter", "subscribe", "signup", "sign-up", "related", "comment", "cookie",
        "advert", "promo", "sidebar", "breadcrumb", "paywall", "donate", "recommend", "most-read", "popular",
        "trending", "byline-share", "author-bio", "tags",
    ]

    public static func extract(_ html: String) -> Page {
        var scanner = Scanner()
        let bytes = Array(html.utf8)
        bytes.withUnsafeBufferPointer { scanner.scan($0) }
        let text = scanner.lines()
        let published = scanner.metadata.bestPublished
        return Page(
            text: text, title: scanner.metadata.bestTitle, published: published?.0,
            publishedOrigin: published?.1, source: scanner.metadata.siteName, url: scanner.metadata.url,
            problems: scanner.problems)
    }

    /// Whether bytes look like HTML rather than text that mentions a tag.
    public static func looksLikeHTML(_ text: some StringProtocol) -> Bool {
        let head = LowercaseText.normalise(text.utf8Prefix(1024))[...]
        guard head.contains(0x3C) else { return false }
        for marker in ["<!doctype html", "<html", "<body"] where BylineDate.contains(head, Array(marker.utf8)) {
            return true
        }
        return BylineDate.contains(head, Array("<p>".utf8)) && BylineDate.contains(head, Array("</p>".utf8))
    }

    struct Scanner {
        var output: [UInt8] = []
        var metadata = HTMLMetadata()
        var problems: [String] = []
        /// The element whose subtree is being dropped, and how deep inside it we are.
        var dropped: (name: String, depth: Int)?
        /// The element whose content alone is kept (`article` or `main`), when the page has one.
        var container: String?
        var containerDepth = 0
        var headingCapture: [UInt8]?

        var capturing: Bool { dropped == nil && (container == nil || containerDepth > 0) }

        mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
            container = findContainer(bytes)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x3C, index + 1 < bytes.count {
                    let next = bytes[index + 1]
                    if next == 0x21 {
                        index = skipDeclaration(bytes, from: index)
                        continue
                    }
                    if next == 0x2F || isLetter(next) {
                        guard let tag = HTMLTag.parse(bytes, at: index) else {
                            problems.append("unterminated tag at byte \(index); the rest of the page was ignored")
                            return
                        }
                        index = handle(tag, bytes)
                        continue
                    }
                }
                if byte == 0x26 {
                    if capturing {
                        var decoded: [UInt8] = []
                        index = HTMLEntities.decode(bytes, at: index, into: &decoded)
                        for decodedByte in decoded { emit(decodedByte) }
                    } else {
                        index += 1
                    }
                    continue
                }
                if capturing { emit(byte) }
                index += 1
            }
        }

        mutating func handle(_ tag: HTMLTag, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            let name = tag.name
            if tag.isEnd {
                if let current = dropped, current.name == name {
                    dropped = current.depth <= 1 ? nil : (name, current.depth - 1)
                }
                if name == container, containerDepth > 0 { containerDepth -= 1 }
                if name == "h1", let heading = headingCapture {
                    let text = String(decoding: heading, as: UTF8.self).trimmingSpaces
                    if metadata.firstHeading == nil && !text.isEmpty { metadata.firstHeading = text }
                    headingCapture = nil
                }
                if Self.isBlock(name) { newline() }
                return tag.end
            }
            switch name {
            case "meta": metadata.take(meta: tag.attributes)
            case "link":
                if tag.attributes["rel"]?.lowercased() == "canonical", metadata.url == nil {
                    metadata.url = tag.attributes["href"]
                }
            case "time":
                if metadata.timeDatetime == nil { metadata.timeDatetime = tag.attributes["datetime"] }
            default: break
            }
            if HTMLReader.rawTextElements.contains(name) && !tag.isSelfClosing {
                let (content, end) = rawText(bytes, from: tag.end, until: name)
                if name == "title", metadata.documentTitle == nil {
                    metadata.documentTitle = HTMLEntities.decode(content).trimmingSpaces
                }
                if name == "script", tag.attributes["type"]?.lowercased() == "application/ld+json",
                    let problem = metadata.take(jsonLD: content)
                {
                    problems.append(problem)
                }
                return end
            }
            if name == container { containerDepth += 1 }
            if let current = dropped {
                if current.name == name && !tag.isSelfClosing { dropped = (name, current.depth + 1) }
            } else if !tag.isSelfClosing && !Self.voidElements.contains(name) && isFurniture(tag) {
                dropped = (name, 1)
            }
            if name == "h1" && capturing { headingCapture = [] }
            if Self.isBlock(name) { newline() }
            return tag.end
        }

        func isFurniture(_ tag: HTMLTag) -> Bool {
            if HTMLReader.droppedElements.contains(tag.name) { return true }
            if tag.attributes["aria-hidden"] == "true" || tag.attributes["hidden"] != nil { return true }
            if tag.attributes["role"].map({ ["navigation", "banner", "contentinfo", "complementary"].contains($0) })
                == true
            {
                return true
            }
            let label = ((tag.attributes["class"] ?? "") + " " + (tag.attributes["id"] ?? "")).lowercased()
            return HTMLReader.widgetWords.contains { label.contains($0) }
        }

        static let voidElements: Set<String> = [
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        ]

        static func isBlock(_ name: String) -> Bool { HTMLReader.blockElements.contains(name) }

        mutating func emit(_ byte: UInt8) {
            if headingCapture != nil { headingCapture!.append(byte) }
            if byte <= 0x20 {
                if let last = output.last, last != 0x20 && last != 0x0A { output.append(0x20) }
                return
            }
            output.append(byte)
        }

        mutating func newline() {
            while output.last == 0x20 { output.removeLast() }
            if let last = output.last, last != 0x0A { output.append(0x0A) }
        }

        func findContainer(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
            for candidate in ["<article", "<main"] {
                let pattern = Array(candidate.utf8)
                var index = 0
                while index + pattern.count < bytes.count {
                    if bytes[index] == 0x3C,
                        zip(pattern, bytes[index..<(index + pattern.count)]).allSatisfy({
                            $0 == ($1 | 0x20) || $0 == $1
                        }),
                        HTMLTag.isSpaceOrTagEnd(bytes[index + pattern.count])
                    {
                        return String(candidate.dropFirst())
                    }
                    index += 1
                }
            }
            return nil
        }

        mutating func skipDeclaration(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            let isComment = start + 3 < bytes.count && bytes[start + 2] == 0x2D && bytes[start + 3] == 0x2D
            var index = start + 2
            while index < bytes.count {
                if isComment {
                    if bytes[index] == 0x3E && bytes[index - 1] == 0x2D && bytes[index - 2] == 0x2D
                        && index >= start + 6
                    {
                        return index + 1
                    }
                } else if bytes[index] == 0x3E {
                    return index + 1
                }
                index += 1
            }
            problems.append(isComment ? "unclosed comment at byte \(start)" : "unclosed declaration at byte \(start)")
            return bytes.count
        }

        /// The text up to `</name`, and the index after that end tag.
        func rawText(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, until name: String) -> (String, Int) {
            let closing = Array("</\(name)".utf8)
            var index = start
            while index + closing.count <= bytes.count {
                if bytes[index] == 0x3C && bytes[index + 1] == 0x2F
                    && zip(closing, bytes[index..<(index + closing.count)]).allSatisfy({ $0 == ($1 | 0x20) || $0 == $1 }
                    )
                {
                    let content = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                    var end = index + closing.count
                    while end < bytes.count && bytes[end] != 0x3E { end += 1 }
                    return (content, min(end + 1, bytes.count))
                }
                index += 1
            }
            return (String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self), bytes.count)
        }

        func isLetter(_ byte: UInt8) -> Bool { byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A }

        /// The kept text, one trimmed line per block, blank lines removed.
        func lines() -> String {
            var result: [UInt8] = []
            result.reserveCapacity(output.count)
            for line in output.split(separator: 0x0A) {
                var slice = line[...]
                while let first = slice.first, first == 0x20 { slice = slice.dropFirst() }
                while let last = slice.last, last == 0x20 { slice = slice.dropLast() }
                guard !slice.isEmpty else { continue }
                if !result.isEmpty { result.append(0x0A) }
                result.append(contentsOf: slice)
            }
            return String(decoding: result, as: UTF8.self)
        }
    }
}
