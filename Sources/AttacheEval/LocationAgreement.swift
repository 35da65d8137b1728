import AttacheCore

/// Whether a predicted event's location agrees with its gold partner's: Attaché's own figure,
/// which score.py does not compute.
///
/// Countries compare as codes, upper-cased and with the spellings `ScoredCodes` resolves
/// (`KSV` as `XKX`). A gold location without a country (at sea, in no state) agrees with a
/// predicted location without one, or with one of the same name, case aside.
///
/// ```swift
/// LocationAgreement.agrees(
///     gold: Location(name: "Davos", country: "CHE"), predicted: Location(name: "Zurich", country: "che"))  // true
/// ```
enum LocationAgreement {
    static func agrees(gold: Location, predicted: Location) -> Bool {
        guard let goldCountry = gold.country else {
            return predicted.country == nil || fold(predicted.name) == fold(gold.name)
        }
        guard let predictedCountry = predicted.country else { return false }
        return country(goldCountry) == country(predictedCountry)
    }

    static func country(_ code: String) -> String {
        let upper = code.trimmingPythonSpace().uppercased()
        return ScoredCodes.aliases[upper] ?? upper
    }

    static func fold(_ name: String) -> String { name.trimmingPythonSpace().lowercased() }

    /// The location figure over the matched pairs of a document: a gold location found with an
    /// agreeing country is a true positive; a predicted location that does not agree a false
    /// positive; a gold location not agreed with a false negative. A pair with a location on one
    /// side only counts on that side.
    static func score(gold: [Location?], predicted: [Location?], pairs: [(gold: Int, predicted: Int)]) -> Score {
        var score = Score()
        for pair in pairs {
            let goldLocation = gold[pair.gold]
            let predictedLocation = predicted[pair.predicted]
            var agreeing = false
            if let goldLocation, let predictedLocation {
                agreeing = agrees(gold: goldLocation, predicted: predictedLocation)
            }
            if agreeing {
                score.truePositives += 1
            } else {
                if predictedLocation != nil { score.falsePositives += 1 }
                if goldLocation != nil { score.falseNegatives += 1 }
            }
        }
        return score
    }
}

extension String {
    /// The string without the white space Python's `str.strip()` removes at either end.
    func trimmingPythonSpace() -> String {
        let scalars = unicodeScalars.drop(while: \.isPythonSpace).reversed().drop(while: \.isPythonSpace)
        return String(String.UnicodeScalarView(scalars.reversed()))
    }
}
