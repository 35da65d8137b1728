import AttacheCore

/// Reads the relations of one sentence; each rule family is an extension in a file of its own.
struct RelationReader {
    let sentence: SentenceView
    var found: [RelationRecord] = []

    init(sentence: SentenceView) { self.sentence = sentence }

    var document: AnnotatedDocument { sentence.document }
    func key(_ index: Int) -> UInt64 { sentence.key(index) }
    func word(_ index: Int) -> String { document.string(of: document.tokens[index]) }

    /// What makes two relations the same statement: kind, identifying fields and date.
    static func identity(_ relation: RelationRecord) -> String {
        [
            relation.kind.rawValue, relation.subject ?? "", relation.object ?? "",
            (relation.parties ?? []).sorted().joined(separator: ","),
            relation.location ?? "", relation.donor ?? "", relation.recipient ?? "", relation.sector ?? "",
            relation.status ?? "", relation.name ?? "", relation.since?.description ?? "",
        ].joined(separator: "|")
    }

    /// What a document says once about a pair: a membership per member and organisation, aid per
    /// donor, recipient and sector, a deployment per sender, place and mission, ties per status.
    static func statement(_ relation: RelationRecord) -> String {
        switch relation.kind {
        case .membership: return "membership|\(relation.subject ?? "")|\(relation.object ?? "")"
        case .aid: return "aid|\(relation.donor ?? "")|\(relation.recipient ?? "")|\(relation.sector ?? "")"
        case .deployment:
            return "deployment|\(relation.subject ?? "")|\(relation.location ?? "")|\(relation.mission ?? "")"
        case .diplomatic: return "diplomatic|\((relation.parties ?? []).sorted())|\(relation.status ?? "")"
        case .agreement:
            // The name's first words: the headline's and the lede's wording of one instrument agree there.
            let name = (relation.name ?? "").lowercased().split(separator: " ").prefix(4).joined(separator: " ")
            return "agreement|\((relation.parties ?? []).sorted())|\(name)"
        }
    }

    func isOrganisation(_ mention: ActorMention) -> Bool { mention.kind == .organisation }
    func isState(_ mention: ActorMention) -> Bool { mention.kind != .organisation }
    /// A state that receives: not the author's own voice ("our nations").
    func isRecipient(_ mention: ActorMention) -> Bool { isState(mention) && mention.rule != "author-voice" }
    func isStateGroup(_ group: ActorGroup) -> Bool { group.members.contains(where: isState) }

    func evidence(_ tokens: Range<Int>) -> String {
        let clamped =
            max(tokens.lowerBound, sentence.tokens.lowerBound)..<min(tokens.upperBound, sentence.tokens.upperBound)
        return document.string(
            TextSpan(document.tokens[clamped.lowerBound].span.start, document.tokens[clamped.upperBound - 1].span.end))
    }

    /// The most precise date in the clause around `index` ("13 years ago, on April 1, 2009").
    func date(around index: Int) -> PartialDate? {
        let start = sentence.clauseStart(before: index).start
        let end = sentence.clauseEnd(after: index)
        let dates = sentence.times.filter {
            $0.tokens.lowerBound >= start && $0.tokens.upperBound <= end && $0.datesAnAct
        }.compactMap(\.date)
        return dates.max { precision($0) < precision($1) }
            ?? sentence.framingTime(ofClauseAt: start, before: index)?.date
    }

    /// The date right after a word ("established in 1922"), within a few tokens.
    func date(after index: Int, within distance: Int = 4) -> PartialDate? {
        sentence.times.first { $0.tokens.lowerBound > index && $0.tokens.lowerBound <= index + distance }?.date
    }

    func precision(_ date: PartialDate) -> Int { date.day != nil ? 3 : date.month != nil ? 2 : 1 }

    /// The group whose possessive "'s" stands within `distance` tokens before `index`
    /// ("Ukraine's future membership").
    func possessor(before index: Int, within distance: Int = 3) -> ActorGroup? {
        var cursor = index - 1
        while cursor >= sentence.tokens.lowerBound, index - cursor <= distance {
            if key(cursor) == RelationWords.possessive {
                return sentence.groups.last { $0.tokens.upperBound == cursor }
            }
            // A possessive pronoun resolved to an actor: "our newest allies", "its membership".
            if let pronoun = sentence.groups.last(where: {
                $0.tokens == cursor..<(cursor + 1) && $0.members.allSatisfy { $0.kind == .reference }
            }) {
                return pronoun
            }
            // Modifiers between: "NATO's 30th member", "Ukraine's future membership".
            guard document.tokens[cursor].shape == .lower || document.tokens[cursor].shape == .number else {
                return nil
            }
            cursor -= 1
        }
        return nil
    }

    /// Where a rule reading across a sentence stops: the next semicolon, a second predicate ("...
    /// to the Sinai and is a member of ..."), or the sentence end (parentheses and quotes do not end
    /// a list of places).
    func listEnd(after index: Int) -> Int {
        (index..<sentence.tokens.upperBound).first {
            word($0) == ";"
                || (word($0) == "and" && $0 + 1 < sentence.tokens.upperBound
                    && RelationWords.finiteVerbs.contains(key($0 + 1)))
        } ?? sentence.tokens.upperBound
    }

    /// The first index in `range` whose token has one of `keys`.
    func first(_ keys: KeySet, in range: Range<Int>) -> Int? {
        range.first { keys.contains(key($0)) }
    }

    func roots(_ mentions: [ActorMention]) -> [String] {
        var seen: Set<String> = []
        return mentions.map(\.actor.root).filter { seen.insert($0).inserted }
    }
}
