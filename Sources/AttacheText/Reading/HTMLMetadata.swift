import Foundation

/// Title, date, source and address of a page, gathered from its meta tags, `<time>`, `<title>`,
/// `<h1>` and JSON-LD, and chosen in that order of trust.
struct HTMLMetadata {
    var metaTitle: String?
    var metaPublished: String?
    var metaPublishedKey: String?
    var siteName: String?
    var url: String?
    var timeDatetime: String?
    var documentTitle: String?
    var firstHeading: String?
    var jsonLDHeadline: String?
    var jsonLDPublished: String?

    static let titleKeys: Set<String> = ["og:title", "twitter:title", "title", "headline", "dc.title"]
    static let publishedKeys: Set<String> = [
        "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publish-date",
        "publishdate", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
        "article.published", "published_time", "citation_publication_date",
    ]

    mutating func take(meta attributes: [String: String]) {
        guard let content = attributes["content"], !content.isEmpty else { return }
        let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"] ?? "").lowercased()
        if Self.titleKeys.contains(key), metaTitle == nil { metaTitle = content }
        if Self.publishedKeys.contains(key), metaPublished == nil {
            metaPublished = content
            metaPublishedKey = key
        }
        if key == "og:site_name" || key == "application-name" || key == "publisher", siteName == nil {
            siteName = content
        }
        if key == "og:url", url == nil { url = content }
    }

    /// Reads `datePublished` and `headline` from a JSON-LD block; returns a problem if it is not JSON.
    mutating func take(jsonLD text: String) -> String? {
        guard let data = text.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return "malformed JSON-LD block ignored" }
        visit(object)
        return nil
    }

    private mutating func visit(_ value: Any) {
        if let dictionary = value as? [String: Any] {
            if jsonLDPublished == nil, let date = dictionary["datePublished"] as? String { jsonLDPublished = date }
            if jsonLDHeadline == nil, let headline = dictionary["headline"] as? String { jsonLDHeadline = headline }
            for child in dictionary.values { visit(child) }
        } else if let array = value as? [Any] {
            for child in array { visit(child) }
        }
    }

    var bestTitle: String? {
        [metaTitle, jsonLDHeadline, firstHeading, documentTitle].compactMap { $0?.trimmingSpaces }
            .first { !$0.isEmpty }
    }

    /// The most trusted date that parses, with where it came from.
    var bestPublished: (String, String)? {
        let candidates: [(String?, String)] = [
            (metaPublished, "meta \(metaPublishedKey ?? "")"), (jsonLDPublished, "JSON-LD datePublished"),
            (timeDatetime, "<time datetime>"),
        ]
        for case (let value?, let origin) in candidates { return (value, origin) }
        return nil
    }
}
