import Foundation
import Testing

/// The exports read by the tools analysts use: Python's csv module for the GDELT-style table,
/// networkx (or the standard library's XML parser) for GraphML, json for the POLECAT-style lines.
extension CommandLineTests {
    /// Runs a Python script with `file` as its argument; nil when python3 is not installed.
    func python(_ script: String, file: URL) throws -> Run? {
        guard let python = program("python3") else { return nil }
        return try run(python, ["-c", script, file.path])
    }

    /// A store of the sample corpus, and a file to write an export to.
    func sampleStore(in folder: URL) throws -> [String] {
        let store = ["--db", folder.appendingPathComponent("samples.db").path]
        #expect(try attache(["ingest", "Examples/corpus"] + store).status == 0)
        return store
    }

    @Test func theEventsCSVReadsAsGDELTsEventTable() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try sampleStore(in: folder)
        let file = folder.appendingPathComponent("events.csv")
        try attache(["export", "--format", "csv"] + store).output.write(to: file, atomically: true, encoding: .utf8)
        let check = """
            import csv, re, sys
            rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
            gdelt = ['GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate', 'Actor1Code', 'Actor1Name',
                     'Actor1CountryCode', 'Actor1Type1Code', 'Actor2Code', 'Actor2Name', 'Actor2CountryCode',
                     'Actor2Type1Code', 'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass',
                     'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'ActionGeo_Type',
                     'ActionGeo_FullName', 'ActionGeo_CountryCode', 'DATEADDED', 'SOURCEURL']
            assert list(rows[0].keys())[:len(gdelt)] == gdelt, list(rows[0].keys())
            assert len(rows) > 20
            ids = [int(r['GLOBALEVENTID']) for r in rows]
            assert len(set(ids)) == len(ids)
            for r in rows:
                if r['SQLDATE']:
                    assert re.fullmatch(r'\\d{8}', r['SQLDATE']) and r['MonthYear'] == r['SQLDATE'][:6] and r['Year'] == r['SQLDATE'][:4]
                    assert re.fullmatch(r'\\d{4}\\.\\d{4}', r['FractionDate']) and r['FractionDate'][:4] == r['Year']
                assert re.fullmatch(r'\\d{2}', r['EventRootCode']) and r['EventCode'].startswith(r['EventRootCode'])
                assert r['QuadClass'] in '1234' and -10 <= float(r['GoldsteinScale']) <= 10
                assert re.fullmatch(r'\\d{14}', r['DATEADDED'])
                assert r['IsRootEvent'] in ('0', '1') and int(r['NumMentions']) >= 1
                assert r['plover_type'] and r['date_basis'] in ('text', 'published', 'none')
            agree = [r for r in rows if r['plover_type'] == 'AGREE' and r['Actor1CountryCode'] == 'ALB' and r['Actor2CountryCode'] == 'UKR']
            assert agree, 'no ALB-UKR AGREE'
            a = [r for r in agree if r['SQLDATE'] == '20250121'][0]
            assert a['EventRootCode'] == '03' and a['EventCode'] == '030' and a['Actor1Name'] == 'ALBANIA', a
            # A date known to the month: day 01 in SQLDATE, the precision in Attache's own column.
            month = [r for r in rows if len(r['date']) == 7][0]
            assert month['SQLDATE'] == month['date'].replace('-', '') + '01', month
            assert a['Actor1Code'].startswith('ALB') and a['sources'].startswith('ALB')
            print(len(rows))
            """
        guard let run = try python(check, file: file) else { return }
        #expect(run.status == 0, "\(run.errors)")
    }

    @Test func theGraphMLLoadsInNetworkx() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try sampleStore(in: folder)
        let file = folder.appendingPathComponent("graph.graphml")
        try attache(["export", "--format", "graphml"] + store).output.write(to: file, atomically: true, encoding: .utf8)
        // networkx when installed (scripts/test installs it), else the standard library's parser.
        let check = """
            import sys, warnings
            import xml.etree.ElementTree as ET
            ns = {'g': 'http://graphml.graphdrawing.org/xmlns'}
            root = ET.parse(sys.argv[1]).getroot()
            nodes = {n.get('id') for n in root.iter('{http://graphml.graphdrawing.org/xmlns}node')}
            edges = list(root.iter('{http://graphml.graphdrawing.org/xmlns}edge'))
            assert all(e.get('source') in nodes and e.get('target') in nodes for e in edges)
            assert not [e for e in edges if e.get('directed') is not None]
            try:
                import networkx as nx
            except ImportError:
                print('xml only'); sys.exit(0)
            with warnings.catch_warnings():
                warnings.simplefilter('error')
                g = nx.read_graphml(sys.argv[1])
            assert g.nodes['ALB']['name'] == 'Albania' and g.nodes['ALB']['kind'] == 'state'
            assert g.nodes['NATO']['kind'] == 'organisation'
            kinds = {d['kind'] for _, _, d in g.edges(data=True)}
            assert {'membership', 'event'} <= kinds, kinds
            member = [d for u, v, d in g.edges(data=True) if u == 'ALB' and v == 'NATO' and d['kind'] == 'membership']
            assert member and member[0]['symmetric'] is False and member[0]['status'] == 'member'
            ties = [d for u, v, d in g.edges(data=True) if d['kind'] == 'diplomatic']
            assert ties and all(d['symmetric'] is True for d in ties)
            assert all(isinstance(d['record_id'], int) for _, _, d in g.edges(data=True))
            print('networkx', g.number_of_nodes(), g.number_of_edges())
            """
        guard let run = try python(check, file: file) else { return }
        #expect(run.status == 0, "\(run.errors)")
    }

    @Test func thePOLECATLinesHaveItsFields() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try sampleStore(in: folder)
        let lines = try attache(["export", "--format", "plover"] + store).output.split(separator: "\n")
        let records = lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(records.count == lines.count && records.count > 20)
        let agree = try #require(
            records.first { $0["Event Type"] as? String == "AGREE" && $0["Actor Country"] as? String == "ALB" })
        #expect(agree["Actor Name"] as? String == "Albania")
        #expect(agree["Recipient Country"] as? String == "UKR")
        let government = try #require(records.first { ($0["sources"] as? [String])?.first == "USA-GOV" })
        #expect(
            government["Actor Country"] as? String == "USA" && government["Actor Name"] as? String == "United States")
        #expect(government["Primary Actor Sector"] as? String == "Government")
        #expect(government["Actor Sectors"] as? [String] == ["Government"])
        #expect(agree["Quad Code"] as? String == "VERBAL COOPERATION")
        #expect(agree["Intensity"] as? Double != nil)
        #expect(agree["Publication Date"] as? String == "2025-01-21")
        #expect(agree["Headline"] as? String != nil)
        for key in ["Event ID", "Event Date", "Event Mode", "Contexts", "Placename", "Source", "URL", "evidence"] {
            #expect(agree.keys.contains(key), "\(key)")
        }
    }
}
