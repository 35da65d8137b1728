#!/usr/bin/env python3
"""Generate Sources/AttacheKnowledge/Resources/memberships.tsv from the tables below.

Facts: official membership pages (nato.int "NATO member countries", european-union.europa.eu "EU countries"
and the enlargement pages, un.org "Member States" with admission dates, coe.int "46 Member States",
osce.org "Participating States", and the official sites of the other organisations), cross-checked against
Wikipedia membership lists. Written by hand from that general knowledge; no third-party dictionary used.

Usage: python3 tools/knowledge/generate_memberships.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "Sources", "AttacheKnowledge", "Resources", "memberships.tsv")

rows = []


def add(org, status, pairs, until=None):
    """pairs: 'CODE:DATE CODE:DATE ...' or 'CODE CODE' (no date); until: {code: date}."""
    until = until or {}
    for tok in pairs.split():
        code, _, since = tok.partition(":")
        rows.append((code, org, status, since, until.get(code, "")))


def add_dated(org, status, date, codes, until=None):
    add(org, status, " ".join(f"{c}:{date}" for c in codes.split()), until)


# --- NATO (accession = deposit of instrument / treaty entry into force for founders) ---
add_dated("NATO", "member", "1949-08-24", "BEL CAN DNK FRA ISL ITA LUX NLD NOR PRT GBR USA")
add_dated("NATO", "member", "1952-02-18", "GRC TUR")
add_dated("NATO", "member", "1955-05-06", "DEU")
add_dated("NATO", "member", "1982-05-30", "ESP")
add_dated("NATO", "member", "1999-03-12", "CZE HUN POL")
add_dated("NATO", "member", "2004-03-29", "BGR EST LVA LTU ROU SVK SVN")
add_dated("NATO", "member", "2009-04-01", "ALB HRV")
add_dated("NATO", "member", "2017-06-05", "MNE")
add_dated("NATO", "member", "2020-03-27", "MKD")
add_dated("NATO", "member", "2023-04-04", "FIN")
add_dated("NATO", "member", "2024-03-07", "SWE")
add("NATO", "aspirant", "UKR:2008-04-03 GEO:2008-04-03 BIH")
add("NATO", "partner", "AUS JPN KOR NZL")  # Indo-Pacific partners (IP4)
add("PFP", "member", "ARM AUT AZE BLR BIH GEO IRL KAZ KGZ MLT MDA SRB CHE TJK TKM UKR UZB")
add("MAP", "member", "BIH:2010-04-22")

# --- EU (EEC/EC/EU accession) ---
add_dated("EU", "member", "1958-01-01", "BEL DEU FRA ITA LUX NLD")
add_dated("EU", "member", "1973-01-01", "DNK IRL GBR", until={"GBR": "2020-01-31"})
add_dated("EU", "member", "1981-01-01", "GRC")
add_dated("EU", "member", "1986-01-01", "ESP PRT")
add_dated("EU", "member", "1995-01-01", "AUT FIN SWE")
add_dated("EU", "member", "2004-05-01", "CYP CZE EST HUN LVA LTU MLT POL SVK SVN")
add_dated("EU", "member", "2007-01-01", "BGR ROU")
add_dated("EU", "member", "2013-07-01", "HRV")
# candidate status granted (European Council decision date)
add("EU", "candidate", "TUR:1999-12-10 MKD:2005-12-17 MNE:2010-12-17 SRB:2012-03-01 ALB:2014-06-27 "
    "UKR:2022-06-23 MDA:2022-06-23 BIH:2022-12-15 GEO:2023-12-14 ISL:2010-06-17", until={"ISL": "2015-03-12"})
add("EU", "aspirant", "XKX:2022-12-15")  # potential candidate; application submitted 2022-12-15
# euro area (adoption of the euro)
add_dated("EUROZONE", "member", "1999-01-01", "AUT BEL FIN FRA DEU IRL ITA LUX NLD PRT ESP")
add("EUROZONE", "member", "GRC:2001-01-01 SVN:2007-01-01 CYP:2008-01-01 MLT:2008-01-01 SVK:2009-01-01 "
    "EST:2011-01-01 LVA:2014-01-01 LTU:2015-01-01 HRV:2023-01-01 BGR:2026-01-01")
add("EFTA", "member", "ISL LIE NOR CHE")
add("EEA", "member", "ISL:1994-01-01 NOR:1994-01-01 LIE:1995-05-01")

# --- UN member states (admission date) ---
UN = {
    "1945-10-24": "ARG AUS BEL BOL BRA BLR CAN CHL CHN COL CRI CUB DNK DOM ECU EGY SLV ETH FRA GRC GTM HTI HND "
                  "IND IRN IRQ LBN LBR LUX MEX NLD NZL NIC NOR PAN PRY PER PHL POL RUS SAU ZAF SYR TUR UKR GBR "
                  "USA URY VEN",
    "1946-11-19": "AFG ISL SWE", "1946-12-16": "THA",
    "1947-09-30": "PAK YEM", "1948-04-19": "MMR", "1949-05-11": "ISR", "1950-09-28": "IDN",
    "1955-12-14": "ALB AUT BGR KHM LKA FIN HUN IRL ITA JOR LAO LBY NPL PRT ROU ESP",
    "1956-11-12": "MAR SDN TUN", "1956-12-18": "JPN",
    "1957-03-08": "GHA", "1957-09-17": "MYS", "1958-12-12": "GIN",
    "1960-09-20": "BEN BFA CMR CAF TCD COG COD CIV CYP GAB MDG NER SOM TGO",
    "1960-09-28": "MLI SEN", "1960-10-07": "NGA",
    "1961-04-27": "SLE", "1961-10-27": "MRT MNG", "1961-12-14": "TZA",
    "1962-09-18": "BDI JAM RWA TTO", "1962-10-08": "DZA", "1962-10-25": "UGA",
    "1963-05-14": "KWT", "1963-12-16": "KEN",
    "1964-12-01": "MWI MLT ZMB", "1965-09-21": "GMB MDV SGP",
    "1966-09-20": "GUY", "1966-10-17": "BWA LSO", "1966-12-09": "BRB",
    "1968-04-24": "MUS", "1968-09-24": "SWZ", "1968-11-12": "GNQ",
    "1970-10-13": "FJI",
    "1971-09-21": "BHR BTN QAT", "1971-10-07": "OMN", "1971-12-09": "ARE",
    "1973-09-18": "BHS DEU", "1974-09-17": "BGD GRD GNB",
    "1975-09-16": "CPV MOZ STP", "1975-10-10": "PNG", "1975-11-12": "COM", "1975-12-04": "SUR",
    "1976-06-28": "SYC", "1976-12-01": "AGO", "1976-12-15": "WSM",
    "1977-09-20": "DJI VNM", "1978-09-19": "SLB", "1978-12-18": "DMA", "1979-09-18": "LCA",
    "1980-08-25": "ZWE", "1980-09-16": "VCT",
    "1981-09-15": "VUT", "1981-09-25": "BLZ", "1981-11-11": "ATG",
    "1983-09-23": "KNA", "1984-09-21": "BRN",
    "1990-04-23": "NAM", "1990-09-18": "LIE",
    "1991-09-17": "EST LVA LTU PRK KOR MHL FSM",
    "1992-03-02": "ARM AZE KAZ KGZ MDA SMR TJK TKM UZB", "1992-05-22": "BIH HRV SVN", "1992-07-31": "GEO",
    "1993-01-19": "CZE SVK", "1993-04-08": "MKD", "1993-05-28": "ERI MCO", "1993-07-28": "AND",
    "1994-12-15": "PLW", "1999-09-14": "KIR NRU TON", "2000-09-05": "TUV", "2000-11-01": "SRB",
    "2002-09-10": "CHE", "2002-09-27": "TLS", "2006-06-28": "MNE", "2011-07-14": "SSD",
}
for d, codes in UN.items():
    add_dated("UN", "member", d, codes)
add("UN", "observer", "PSE:2012-11-29 VAT:1964-04-06")

# --- G7 / G20 / BRICS ---
add("G7", "member", "USA GBR FRA DEU ITA JPN CAN")
add("G7", "member", "RUS:1997", until={"RUS": "2014-03-24"})
add_dated("G20", "member", "1999", "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA")
add("BRICS", "member", "BRA:2009-06-16 RUS:2009-06-16 IND:2009-06-16 CHN:2009-06-16 ZAF:2010-12-24 "
    "EGY:2024-01-01 ETH:2024-01-01 IRN:2024-01-01 ARE:2024-01-01 IDN:2025-01-06")
add("BRICS", "partner", "BLR:2025-01-01 BOL:2025-01-01 KAZ:2025-01-01 CUB:2025-01-01 MYS:2025-01-01 "
    "THA:2025-01-01 UGA:2025-01-01 UZB:2025-01-01 NGA:2025-01-17 VNM:2025-06-13")

# --- Council of Europe (accession) ---
add_dated("COE", "member", "1949-05-05", "BEL DNK FRA IRL ITA LUX NLD NOR SWE GBR")
add("COE", "member", "GRC:1949-08-09 TUR:1949-08-09 ISL:1950-03-07 DEU:1950-07-13 AUT:1956-04-16 "
    "CYP:1961-05-24 CHE:1963-05-06 MLT:1965-04-29 PRT:1976-09-22 ESP:1977-11-24 LIE:1978-11-23 "
    "SMR:1988-11-16 FIN:1989-05-05 HUN:1990-11-06 POL:1991-11-26 BGR:1992-05-07 EST:1993-05-14 "
    "LTU:1993-05-14 SVN:1993-05-14 CZE:1993-06-30 SVK:1993-06-30 ROU:1993-10-07 AND:1994-11-10 "
    "LVA:1995-02-10 ALB:1995-07-13 MDA:1995-07-13 MKD:1995-11-09 UKR:1995-11-09 RUS:1996-02-28 "
    "HRV:1996-11-06 GEO:1999-04-27 ARM:2001-01-25 AZE:2001-01-25 BIH:2002-04-24 SRB:2003-04-03 "
    "MCO:2004-10-05 MNE:2007-05-11", until={"RUS": "2022-03-16"})
add("COE", "aspirant", "XKX:2022-05-12")

# --- OSCE participating states ---
add("OSCE", "member", "ALB AND ARM AUT AZE BLR BEL BIH BGR CAN HRV CYP CZE DNK EST FIN FRA GEO DEU GRC VAT "
    "HUN ISL IRL ITA KAZ KGZ LVA LIE LTU LUX MLT MDA MCO MNG:2012-11-21 MNE:2006-06-22 NLD MKD NOR POL PRT ROU "
    "RUS SMR SRB SVK SVN ESP SWE CHE TJK TUR TKM UKR GBR USA UZB")

# --- OAS (members; notable permanent observers) ---
add("OAS", "member", "ATG ARG BHS BRB BLZ BOL BRA CAN CHL COL CRI DMA DOM ECU SLV GRD GTM GUY HTI HND JAM MEX "
    "NIC PAN PRY PER KNA LCA VCT SUR TTO USA URY VEN", until={"NIC": "2023-11-19", "VEN": "2019-04-27"})
add("OAS", "observer", "ALB DEU ESP FRA ITA GBR JPN KOR CHN RUS UKR ISR TUR POL NLD BEL PRT GRC SRB HRV BIH MNE "
    "MKD XKX QAT SAU IND PAK")

# --- IMF / World Bank / WTO (selected) ---
add("IMF", "member", "XKX:2009-06-29")
add("WB", "member", "XKX:2009-06-29")
add("WTO", "member", "ALB:2000-09-08 MKD:2003-04-04 CHN:2001-12-11 TWN:2002-01-01 VNM:2007-01-11 "
    "UKR:2008-05-16 MNE:2012-04-29 RUS:2012-08-22 KAZ:2015-11-30 AFG:2016-07-29")
add("WTO", "observer", "SRB BIH BLR UZB AZE IRN IRQ ETH")

# --- Regional organisations ---
add_dated("AU", "member", "2002-07-09",
          "DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG COD CIV DJI EGY GNQ ERI SWZ ETH GAB GMB GHA GIN "
          "GNB KEN LSO LBR LBY MDG MWI MLI MRT MUS MOZ NAM NER NGA RWA STP SEN SYC SLE SOM ZAF SDN TZA TGO "
          "TUN UGA ZMB ZWE ESH")
add("AU", "member", "SSD:2011-07-27 MAR:2017-01-30")
add_dated("ASEAN", "member", "1967-08-08", "IDN MYS PHL SGP THA")
add("ASEAN", "member", "BRN:1984-01-07 VNM:1995-07-28 LAO:1997-07-23 MMR:1997-07-23 KHM:1999-04-30 "
    "TLS:2025-10-26")
add_dated("SCO", "member", "2001-06-15", "CHN KAZ KGZ RUS TJK UZB")
add("SCO", "member", "IND:2017-06-09 PAK:2017-06-09 IRN:2023-07-04 BLR:2024-07-04")
add("SCO", "observer", "MNG AFG")
add("CSTO", "member", "ARM BLR KAZ KGZ RUS TJK")
add("CSTO", "member", "UZB:2006", until={"UZB": "2012-12-19"})
add("CIS", "member", "ARM AZE BLR KAZ KGZ MDA RUS TJK UZB")
add("CIS", "member", "GEO:1993-12-03", until={"GEO": "2009-08-18"})
add("EAEU", "member", "RUS:2015-01-01 BLR:2015-01-01 KAZ:2015-01-01 ARM:2015-01-02 KGZ:2015-08-12")
add("UNION_STATE", "member", "RUS BLR")
add_dated("GCC", "member", "1981-05-25", "BHR KWT OMN QAT SAU ARE")
add_dated("ARAB_LEAGUE", "member", "1945-03-22", "EGY IRQ JOR LBN SAU SYR YEM")
add("ARAB_LEAGUE", "member", "DZA BHR COM DJI KWT LBY MRT MAR OMN PSE QAT SOM SDN TUN ARE")
add("OPEC", "member", "DZA COG GNQ GAB IRN IRQ KWT LBY NGA SAU ARE VEN")
add("OPEC", "member", "QAT ECU AGO", until={"QAT": "2019-01-01", "ECU": "2020-01-01", "AGO": "2024-01-01"})
add_dated("MERCOSUR", "member", "1991-03-26", "ARG BRA PRY URY")
add("MERCOSUR", "member", "BOL:2024-07-08")
add("ECOWAS", "member", "BEN CPV CIV GMB GHA GIN GNB LBR NGA SEN SLE TGO")
add("ECOWAS", "member", "BFA MLI NER", until={"BFA": "2025-01-29", "MLI": "2025-01-29", "NER": "2025-01-29"})
add_dated("AES", "member", "2023-09-16", "BFA MLI NER")
add("SADC", "member", "AGO BWA COM COD SWZ LSO MDG MWI MUS MOZ NAM SYC ZAF TZA ZMB ZWE")
add("EAC", "member", "BDI KEN RWA TZA UGA SSD:2016-04-15 COD:2022-07-11 SOM:2024-03-04")
add("OECD", "member", "AUS AUT BEL CAN CHL CZE DNK EST FIN FRA DEU GRC HUN ISL IRL ISR ITA JPN KOR LUX MEX NLD "
    "NZL NOR POL PRT SVK SVN ESP SWE CHE TUR GBR USA LVA:2016-07-01 LTU:2018-07-05 COL:2020-04-28 "
    "CRI:2021-05-25")
add("OECD", "candidate", "ARG BRA BGR HRV IDN PER ROU THA")

# --- Initiatives / minilateral formats ---
add("ADRIATIC_CHARTER", "member", "ALB:2003-05-02 HRV:2003-05-02 MKD:2003-05-02 USA:2003-05-02 "
    "BIH:2008-12-04 MNE:2008-12-04")
add("ADRIATIC_CHARTER", "observer", "SRB SVN")
add_dated("BERLIN_PROCESS", "member", "2014-08-28", "ALB BIH XKX MKD MNE SRB DEU")
add("CEFTA", "member", "ALB BIH MDA MNE MKD SRB XKX")
add_dated("OPEN_BALKAN", "member", "2019-10-10", "ALB MKD SRB")
add("SEECP", "member", "ALB BIH BGR HRV GRC XKX MDA MNE MKD ROU SRB SVN TUR")
add_dated("THREE_SEAS", "member", "2016-08-25", "AUT BGR HRV CZE EST HUN LVA LTU POL ROU SVK SVN")
add("THREE_SEAS", "member", "GRC:2023")
add_dated("B9", "member", "2015-11-04", "BGR CZE EST HUN LVA LTU POL ROU SVK")
add_dated("WEIMAR", "member", "1991-08-29", "DEU FRA POL")
add_dated("VISEGRAD", "member", "1991-02-15", "CZE HUN POL SVK")
add("QUAD", "member", "AUS IND JPN USA")
add_dated("AUKUS", "member", "2021-09-15", "AUS GBR USA")
add("FIVE_EYES", "member", "AUS CAN NZL GBR USA")
add("JEF", "member", "GBR DNK EST FIN ISL LVA LTU NLD NOR SWE")
add("NORDIC_COUNCIL", "member", "DNK FIN ISL NOR SWE")
add("NB8", "member", "DNK EST FIN ISL LVA LTU NOR SWE")
add("ARCTIC_COUNCIL", "member", "CAN DNK FIN ISL NOR RUS SWE USA")
add("NORMANDY_FORMAT", "member", "DEU FRA RUS UKR")
add("QUINT", "member", "USA GBR FRA DEU ITA")
add("LUBLIN_TRIANGLE", "member", "POL LTU UKR")
add("GUAM", "member", "GEO UKR AZE MDA")
add("I2U2", "member", "IND ISR ARE USA")
add("TURKIC_STATES", "member", "AZE KAZ KGZ TUR UZB")
add("TURKIC_STATES", "observer", "HUN TKM")


def main():
    seen = set()
    out = []
    for r in rows:
        key = (r[0], r[1], r[2], r[3])
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    out.sort(key=lambda r: (r[0], r[1], r[2], r[3]))
    un = sum(1 for r in out if r[1] == "UN" and r[2] == "member")
    nato = sum(1 for r in out if r[1] == "NATO" and r[2] == "member")
    eu = sum(1 for r in out if r[1] == "EU" and r[2] == "member" and not r[4])
    assert un == 193, un
    assert nato == 32, nato
    assert eu == 27, eu
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# memberships.tsv — membership of states in organisations\n")
        f.write("# Format: country<TAB>organisation<TAB>status<TAB>since<TAB>until\n")
        f.write("#   country = ISO 3166-1 alpha-3 (or XKX); organisation = id in organisations.tsv;\n")
        f.write("#   status = member|candidate|observer|partner|aspirant; dates YYYY-MM-DD, YYYY-MM or YYYY; empty = unknown/none.\n")
        f.write("# Notes: NATO founders dated from treaty entry into force (1949-08-24); EU founders from EEC start\n")
        f.write("#   (1958-01-01); EU candidate 'since' = date candidate status was granted; UN 'since' = admission date\n")
        f.write("#   (CHN/RUS hold the seats of the ROC (PRC since 1971-10-25) and USSR; CZE/SRB dated as successor members);\n")
        f.write("#   G7 = G7/G8 (Russia 1997-2014); lists of partners/observers are selective, not exhaustive.\n")
        f.write("# Sources: official membership pages (nato.int, european-union.europa.eu, un.org Member States,\n")
        f.write("#   coe.int, osce.org, organisations' official sites) and Wikipedia membership lists; hand-written.\n")
        f.write("# GENERATED by tools/knowledge/generate_memberships.py — edit the script, not this file.\n")
        for r in out:
            f.write("\t".join(r) + "\n")
    print("wrote", len(out), "rows; UN", un, "NATO", nato, "EU", eu)


if __name__ == "__main__":
    main()
