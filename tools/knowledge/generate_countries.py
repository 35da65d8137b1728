#!/usr/bin/env python3
"""Generate Sources/AttacheKnowledge/Resources/countries.tsv.

Base list of codes and ISO names: Debian iso-codes (/usr/share/iso-codes/json/iso_3166-1.json,
ISO 3166-1). If that file is missing, pycountry (which ships the same data) is used.
Common English short names, extra aliases, demonyms and capitals come from the hand-written
table COUNTRY_DATA below (general knowledge; cross-checked against public reference lists
such as Wikipedia "List of national capitals" and "List of adjectival and demonymic forms
for countries and nations").

Usage: python3 tools/knowledge/generate_countries.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "Sources", "AttacheKnowledge", "Resources", "countries.tsv")
ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"

# CODE;name (empty = ISO common name);aliases;demonyms;capitals   ('|' separates list items)
COUNTRY_DATA = r"""
ABW;;;Aruban|Arubans;Oranjestad
AFG;;Islamic Emirate of Afghanistan;Afghan|Afghans|Afghani;Kabul
AGO;;;Angolan|Angolans;Luanda
AIA;;;Anguillan|Anguillans;The Valley
ALA;;Aland Islands|Aland;Ålandic|Ålander|Ålanders;Mariehamn
ALB;;;Albanian|Albanians;Tirana|Tiranë
AND;;;Andorran|Andorrans;Andorra la Vella
ARE;;UAE|U.A.E.|the Emirates|Emirates;Emirati|Emiratis;Abu Dhabi
ARG;;;Argentine|Argentinian|Argentines|Argentinians;Buenos Aires
ARM;;;Armenian|Armenians;Yerevan
ASM;;;American Samoan|American Samoans;Pago Pago
ATA;;;Antarctic;
ATF;;French Southern and Antarctic Lands;;
ATG;;Antigua;Antiguan|Antiguans|Barbudan|Barbudans;St. John's|Saint John's
AUS;;Commonwealth of Australia;Australian|Australians|Aussie|Aussies;Canberra
AUT;;;Austrian|Austrians;Vienna|Wien
AZE;;;Azerbaijani|Azerbaijanis|Azeri|Azeris;Baku
BDI;;;Burundian|Burundians;Gitega|Bujumbura
BEL;;;Belgian|Belgians;Brussels|Bruxelles
BEN;;Dahomey;Beninese;Porto-Novo|Cotonou
BES;;Caribbean Netherlands|Bonaire;;Kralendijk
BFA;;Upper Volta;Burkinabe|Burkinabè;Ouagadougou
BGD;;;Bangladeshi|Bangladeshis;Dhaka|Dacca
BGR;;;Bulgarian|Bulgarians;Sofia
BHR;;;Bahraini|Bahrainis;Manama
BHS;The Bahamas;Bahamas;Bahamian|Bahamians;Nassau
BIH;;Bosnia|Bosnia-Herzegovina|Bosnia & Herzegovina|BiH;Bosnian|Bosnians|Herzegovinian|Herzegovinians;Sarajevo
BLM;;Saint Barthelemy|St. Barts|St Barts;;Gustavia
BLR;;Byelorussia|Belorussia|White Russia;Belarusian|Belarusians|Belarussian|Byelorussian;Minsk
BLZ;;British Honduras;Belizean|Belizeans;Belmopan
BMU;;;Bermudian|Bermudians|Bermudan;Hamilton
BOL;;Bolivia, Plurinational State of;Bolivian|Bolivians;La Paz|Sucre
BRA;;;Brazilian|Brazilians;Brasília|Brasilia
BRB;;;Barbadian|Barbadians|Bajan|Bajans;Bridgetown
BRN;Brunei;Brunei Darussalam|Nation of Brunei;Bruneian|Bruneians;Bandar Seri Begawan
BTN;;;Bhutanese;Thimphu
BVT;;;;
BWA;;Bechuanaland;Motswana|Batswana|Botswanan;Gaborone
CAF;;CAR|C.A.R.|Centrafrique;Central African|Central Africans;Bangui
CAN;;;Canadian|Canadians;Ottawa
CCK;;Cocos Islands|Keeling Islands;;West Island
CHE;;Confoederatio Helvetica|Helvetia;Swiss;Bern|Berne
CHL;;;Chilean|Chileans;Santiago|Santiago de Chile
CHN;;PRC|P.R.C.|Mainland China|Red China|Communist China;Chinese;Beijing|Peking
CIV;Ivory Coast;Côte d'Ivoire|Cote d'Ivoire|Côte d’Ivoire|Republic of Côte d'Ivoire|Republic of Cote d'Ivoire;Ivorian|Ivorians|Ivoirian|Ivoirians;Yamoussoukro|Abidjan
CMR;;;Cameroonian|Cameroonians;Yaoundé|Yaounde
COD;DR Congo;Democratic Republic of the Congo|Democratic Republic of Congo|DRC|D.R.C.|DR Congo|D.R. Congo|DRCongo|Congo-Kinshasa|Zaire|Congo, The Democratic Republic of the;Congolese|Zairean|Zaireans|Zairian|Zairians;Kinshasa
COG;Republic of the Congo;Congo|Congo-Brazzaville|Congo Republic|Republic of Congo;Congolese;Brazzaville
COK;;;Cook Islander|Cook Islanders;Avarua
COL;;;Colombian|Colombians;Bogotá|Bogota
COM;;;Comorian|Comorians|Comoran;Moroni
CPV;Cape Verde;Cabo Verde;Cape Verdean|Cape Verdeans|Cabo Verdean;Praia
CRI;;;Costa Rican|Costa Ricans;San José|San Jose
CUB;;;Cuban|Cubans;Havana|La Habana
CUW;;Curacao;Curaçaoan|Curaçaoans;Willemstad
CXR;;;Christmas Islander|Christmas Islanders;Flying Fish Cove
CYM;;Caymans;Caymanian|Caymanians;George Town
CYP;;;Cypriot|Cypriots|Greek Cypriot|Greek Cypriots;Nicosia
CZE;Czechia;Czech Republic|Czech Rep.|Bohemia;Czech|Czechs;Prague|Praha
DEU;;Deutschland|FRG|West Germany;German|Germans;Berlin|Bonn
DJI;;;Djiboutian|Djiboutians;Djibouti City|Djibouti-Ville
DMA;;Commonwealth of Dominica;Dominican|Dominicans;Roseau
DNK;;;Danish|Dane|Danes;Copenhagen|København
DOM;;;Dominican|Dominicans;Santo Domingo
DZA;;;Algerian|Algerians;Algiers
ECU;;;Ecuadorian|Ecuadorians|Ecuadoran|Ecuadorans;Quito
EGY;;;Egyptian|Egyptians;Cairo
ERI;;;Eritrean|Eritreans;Asmara
ESH;;Sahrawi Arab Democratic Republic|SADR|Sahrawi Republic;Sahrawi|Sahrawis|Saharawi|Western Saharan;Laayoune|El Aaiún
ESP;;España;Spanish|Spaniard|Spaniards;Madrid
EST;;;Estonian|Estonians;Tallinn
ETH;;Abyssinia;Ethiopian|Ethiopians;Addis Ababa
FIN;;Suomi;Finnish|Finn|Finns;Helsinki
FJI;;;Fijian|Fijians;Suva
FLK;Falkland Islands;Falklands|Malvinas|Islas Malvinas|Falkland Islands (Malvinas);Falkland Islander|Falkland Islanders|Falklander|Falklanders;Stanley|Port Stanley
FRA;;République française;French|Frenchman|Frenchmen|Frenchwoman;Paris
FRO;;Faroes|Faeroe Islands;Faroese;Tórshavn|Torshavn
FSM;Micronesia;Federated States of Micronesia|Micronesia, Federated States of|FSM;Micronesian|Micronesians;Palikir
GAB;;Gabonese Republic;Gabonese;Libreville
GBR;United Kingdom;UK|U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland|GB|G.B.|England;British|Briton|Britons|Brit|Brits|English|Englishman|Scottish|Scot|Scots|Welsh;London|Westminster
GEO;;Sakartvelo;Georgian|Georgians;Tbilisi|Tiflis
GGY;;Bailiwick of Guernsey;Guernseyman|Guernseymen;St. Peter Port|Saint Peter Port
GHA;;Gold Coast;Ghanaian|Ghanaians;Accra
GIB;;;Gibraltarian|Gibraltarians;Gibraltar
GIN;;Guinea-Conakry;Guinean|Guineans;Conakry
GLP;;;Guadeloupean|Guadeloupeans;Basse-Terre
GMB;The Gambia;Gambia;Gambian|Gambians;Banjul
GNB;;;Bissau-Guinean|Bissau-Guineans|Guinean|Guineans;Bissau
GNQ;;;Equatorial Guinean|Equatorial Guineans|Equatoguinean|Equatoguineans;Malabo|Ciudad de la Paz
GRC;;Hellas|Ellada;Greek|Greeks|Hellenic;Athens
GRD;;;Grenadian|Grenadians;St. George's|Saint George's
GRL;;Kalaallit Nunaat;Greenlandic|Greenlander|Greenlanders;Nuuk|Godthåb
GTM;;;Guatemalan|Guatemalans;Guatemala City
GUF;;Guyane;French Guianese;Cayenne
GUM;;;Guamanian|Guamanians|Chamorro;Hagåtña|Hagatna|Agana
GUY;;British Guiana;Guyanese;Georgetown
HKG;;Hong Kong SAR|HKSAR|Hongkong;Hong Konger|Hong Kongers|Hongkonger|Hongkongers;
HMD;;Heard and McDonald Islands;;
HND;;;Honduran|Hondurans;Tegucigalpa
HRV;;Hrvatska;Croatian|Croatians|Croat|Croats;Zagreb
HTI;;;Haitian|Haitians;Port-au-Prince
HUN;;Magyarország;Hungarian|Hungarians|Magyar|Magyars;Budapest
IDN;;;Indonesian|Indonesians;Jakarta|Nusantara
IMN;;Mann;Manx;Douglas
IND;;Bharat|Hindustan|Republic of India;Indian|Indians;New Delhi|Delhi
IOT;;Chagos Islands|Chagos Archipelago|Diego Garcia;Chagossian|Chagossians;
IRL;;Republic of Ireland|Eire|Éire;Irish|Irishman|Irishmen;Dublin
IRN;;Persia|Iran, Islamic Republic of;Iranian|Iranians|Persian|Persians;Tehran|Teheran
IRQ;;;Iraqi|Iraqis;Baghdad
ISL;;;Icelandic|Icelander|Icelanders;Reykjavík|Reykjavik
ISR;;;Israeli|Israelis;Jerusalem|Tel Aviv
ITA;;Italia;Italian|Italians;Rome|Roma
JAM;;;Jamaican|Jamaicans;Kingston
JEY;;Bailiwick of Jersey;Jerseyman|Jerseymen;St. Helier|Saint Helier
JOR;;Hashemite Kingdom;Jordanian|Jordanians;Amman
JPN;;Nippon|Nihon;Japanese;Tokyo
KAZ;;Qazaqstan;Kazakh|Kazakhs|Kazakhstani|Kazakhstanis;Astana|Nur-Sultan|Almaty|Alma-Ata
KEN;;;Kenyan|Kenyans;Nairobi
KGZ;;Kyrgyz Republic|Kirghizia|Kirgizia;Kyrgyz|Kyrgyzstani|Kyrgyzstanis|Kirghiz;Bishkek|Frunze
KHM;;Kampuchea;Cambodian|Cambodians|Khmer|Kampuchean|Kampucheans;Phnom Penh
KIR;;;I-Kiribati|Kiribati;South Tarawa|Tarawa
KNA;;St. Kitts and Nevis|St Kitts and Nevis|Saint Kitts|St. Kitts;Kittitian|Kittitians|Nevisian|Nevisians;Basseterre
KOR;;Republic of Korea|ROK|R.O.K.|Korea, Republic of|Korea;South Korean|South Koreans|Korean|Koreans;Seoul
KWT;;;Kuwaiti|Kuwaitis;Kuwait City
LAO;;Lao People's Democratic Republic|Lao PDR|Lao;Lao|Laotian|Laotians;Vientiane
LBN;;;Lebanese;Beirut
LBR;;;Liberian|Liberians;Monrovia
LBY;;State of Libya|Libyan Arab Jamahiriya;Libyan|Libyans;Tripoli
LCA;;St. Lucia|St Lucia;Saint Lucian|Saint Lucians|St. Lucian;Castries
LIE;;;Liechtensteiner|Liechtensteiners|Liechtenstein;Vaduz
LKA;;Ceylon;Sri Lankan|Sri Lankans|Ceylonese;Colombo|Sri Jayawardenepura Kotte|Kotte
LSO;;Basutoland;Basotho|Mosotho|Lesothan;Maseru
LTU;;;Lithuanian|Lithuanians;Vilnius
LUX;;;Luxembourgish|Luxembourger|Luxembourgers;Luxembourg City|Luxembourg
LVA;;;Latvian|Latvians|Lett|Letts;Riga
MAC;Macau;Macao|Macao SAR|Macau SAR;Macanese;
MAF;Saint Martin;St. Martin|Saint-Martin|Saint Martin (French part);;Marigot
MAR;;;Moroccan|Moroccans;Rabat
MCO;;;Monégasque|Monegasque|Monacan;Monaco
MDA;;Moldavia|Moldova, Republic of;Moldovan|Moldovans;Chișinău|Chisinau|Kishinev
MDG;;;Malagasy|Madagascan;Antananarivo|Tananarive
MDV;;;Maldivian|Maldivians;Malé|Male
MEX;;;Mexican|Mexicans;Mexico City
MHL;;;Marshallese;Majuro
MKD;;Republic of North Macedonia|Macedonia|FYROM|F.Y.R.O.M.|Former Yugoslav Republic of Macedonia|the former Yugoslav Republic of Macedonia|Republic of Macedonia|Makedonija;Macedonian|Macedonians|North Macedonian|North Macedonians;Skopje
MLI;;;Malian|Malians;Bamako
MLT;;;Maltese;Valletta|Valetta
MMR;;Burma|Republic of the Union of Myanmar|Union of Myanmar;Burmese|Myanmar|Myanmarese;Naypyidaw|Nay Pyi Taw|Naypyitaw|Yangon|Rangoon
MNE;;Crna Gora;Montenegrin|Montenegrins;Podgorica|Cetinje
MNG;;;Mongolian|Mongolians|Mongol|Mongols;Ulaanbaatar|Ulan Bator
MNP;;Northern Marianas|CNMI;Northern Mariana Islander|Northern Mariana Islanders;Saipan
MOZ;;;Mozambican|Mozambicans;Maputo
MRT;;;Mauritanian|Mauritanians;Nouakchott
MSR;;;Montserratian|Montserratians;Plymouth|Brades
MTQ;;;Martinican|Martinicans|Martiniquais;Fort-de-France
MUS;;;Mauritian|Mauritians;Port Louis
MWI;;Nyasaland;Malawian|Malawians;Lilongwe
MYS;;Malaya;Malaysian|Malaysians;Kuala Lumpur|Putrajaya
MYT;;;Mahoran|Mahorans;Mamoudzou
NAM;;South West Africa;Namibian|Namibians;Windhoek
NCL;;Kanaky;New Caledonian|New Caledonians|Kanak;Nouméa|Noumea
NER;;;Nigerien|Nigeriens;Niamey
NFK;;;Norfolk Islander|Norfolk Islanders;Kingston
NGA;;;Nigerian|Nigerians;Abuja|Lagos
NIC;;;Nicaraguan|Nicaraguans;Managua
NIU;;;Niuean|Niueans;Alofi
NLD;;Holland|the Netherlands|Nederland;Dutch|Netherlander|Netherlanders|Dutchman|Dutchmen;Amsterdam|The Hague|Den Haag
NOR;;Norge;Norwegian|Norwegians;Oslo
NPL;;;Nepali|Nepalese|Nepalis;Kathmandu
NRU;;;Nauruan|Nauruans;Yaren
NZL;;Aotearoa;New Zealander|New Zealanders|Kiwi|Kiwis;Wellington
OMN;;;Omani|Omanis;Muscat
PAK;;;Pakistani|Pakistanis;Islamabad
PAN;;;Panamanian|Panamanians;Panama City
PCN;Pitcairn Islands;Pitcairn|Pitcairn, Henderson, Ducie and Oeno Islands;Pitcairn Islander|Pitcairn Islanders;Adamstown
PER;;;Peruvian|Peruvians;Lima
PHL;;the Philippines|Philippine Islands|Pilipinas;Philippine|Filipino|Filipinos|Filipina|Filipinas;Manila
PLW;;Belau;Palauan|Palauans;Ngerulmud|Melekeok
PNG;;PNG;Papua New Guinean|Papua New Guineans|Papuan;Port Moresby
POL;;Polska;Polish|Pole|Poles;Warsaw|Warszawa
PRI;;;Puerto Rican|Puerto Ricans;San Juan
PRK;;Democratic People's Republic of Korea|DPRK|D.P.R.K.|Korea, Democratic People's Republic of;North Korean|North Koreans|Korean|Koreans;Pyongyang
PRT;;;Portuguese;Lisbon|Lisboa
PRY;;;Paraguayan|Paraguayans;Asunción|Asuncion
PSE;Palestine;State of Palestine|Palestine, State of|Palestinian territories|Palestinian Territories|occupied Palestinian territories|Occupied Palestinian Territory|Palestinian Authority|Palestinian National Authority|West Bank and Gaza;Palestinian|Palestinians;Ramallah|East Jerusalem
PYF;;Tahiti;French Polynesian|French Polynesians|Tahitian|Tahitians;Papeete
QAT;;;Qatari|Qataris;Doha
REU;;Reunion;Réunionese|Reunionese;Saint-Denis
ROU;;Rumania|Roumania;Romanian|Romanians;Bucharest|București
RUS;Russia;Russian Federation|Rossiya|Soviet Union|USSR|U.S.S.R.;Russian|Russians;Moscow|Moskva
RWA;;;Rwandan|Rwandans|Rwandese;Kigali
SAU;;KSA|Kingdom of Saudi Arabia;Saudi|Saudis|Saudi Arabian|Saudi Arabians;Riyadh|Riyad
SDN;;;Sudanese;Khartoum|Port Sudan
SEN;;;Senegalese;Dakar
SGP;;;Singaporean|Singaporeans;Singapore
SGS;;South Georgia;;King Edward Point
SHN;Saint Helena;St. Helena|Saint Helena, Ascension and Tristan da Cunha|Ascension Island|Tristan da Cunha;Saint Helenian|Saint Helenians|Helenian;Jamestown
SJM;;Svalbard|Jan Mayen;;Longyearbyen
SLB;;Solomons;Solomon Islander|Solomon Islanders;Honiara
SLE;;;Sierra Leonean|Sierra Leoneans;Freetown
SLV;;;Salvadoran|Salvadorans|Salvadorean|Salvadoreans;San Salvador
SMR;;;Sammarinese;San Marino
SOM;;;Somali|Somalis|Somalian;Mogadishu
SPM;;St. Pierre and Miquelon;;Saint-Pierre
SRB;;Srbija;Serbian|Serbians|Serb|Serbs;Belgrade|Beograd
SSD;;;South Sudanese;Juba
STP;São Tomé and Príncipe;Sao Tome and Principe|São Tomé|Sao Tome;Santomean|Santomeans|São Toméan;São Tomé|Sao Tome
SUR;;Surinam|Dutch Guiana;Surinamese;Paramaribo
SVK;;Slovak Republic;Slovak|Slovaks|Slovakian;Bratislava
SVN;;;Slovenian|Slovenians|Slovene|Slovenes;Ljubljana
SWE;;Sverige;Swedish|Swede|Swedes;Stockholm
SWZ;;Swaziland|Kingdom of Swaziland|eSwatini;Swazi|Swazis|Liswati|Emaswati;Mbabane|Lobamba
SXM;Sint Maarten;Sint Maarten (Dutch part)|St. Maarten;Sint Maartener|Sint Maarteners;Philipsburg
SYC;;;Seychellois;Victoria
SYR;;Syrian Arab Republic;Syrian|Syrians;Damascus
TCA;;Turks and Caicos;Turks and Caicos Islander|Turks and Caicos Islanders;Cockburn Town
TCD;;;Chadian|Chadians;N'Djamena|Ndjamena
TGO;;Togolese Republic;Togolese;Lomé|Lome
THA;;Siam;Thai|Thais;Bangkok
TJK;;;Tajik|Tajiks|Tajikistani|Tadjik;Dushanbe
TKL;;;Tokelauan|Tokelauans;Nukunonu|Fakaofo
TKM;;;Turkmen|Turkmens|Turkmenistani;Ashgabat|Ashkhabad
TLS;East Timor;Timor-Leste|Timor Leste|Democratic Republic of Timor-Leste;Timorese|East Timorese;Dili
TON;;;Tongan|Tongans;Nukuʻalofa|Nuku'alofa|Nukualofa
TTO;;Trinidad|Tobago;Trinidadian|Trinidadians|Tobagonian|Tobagonians|Trinbagonian;Port of Spain|Port-of-Spain
TUN;;;Tunisian|Tunisians;Tunis
TUR;Turkey;Türkiye|Turkiye|Republic of Türkiye|Republic of Turkey|Turkiye Cumhuriyeti;Turkish|Turk|Turks;Ankara
TUV;;Ellice Islands;Tuvaluan|Tuvaluans;Funafuti
TWN;;Republic of China|ROC|R.O.C.|Chinese Taipei|Formosa;Taiwanese;Taipei
TZA;;United Republic of Tanzania|Tanzania, United Republic of;Tanzanian|Tanzanians;Dodoma|Dar es Salaam
UGA;;;Ugandan|Ugandans;Kampala
UKR;;the Ukraine;Ukrainian|Ukrainians;Kyiv|Kiev
UMI;;U.S. Minor Outlying Islands;;
URY;;Oriental Republic of Uruguay;Uruguayan|Uruguayans;Montevideo
USA;United States;United States of America|U.S.|US|USA|U.S.A.|America|the States|United States|the US|the U.S.;American|Americans|U.S.|US;Washington|Washington, D.C.|Washington D.C.|Washington, DC|D.C.
UZB;;;Uzbek|Uzbeks|Uzbekistani|Uzbekistanis;Tashkent|Toshkent
VAT;Holy See;Vatican|Vatican City|Vatican City State|Holy See (Vatican City State)|the Holy See;Vatican|Papal;Vatican City|Vatican
VCT;Saint Vincent and the Grenadines;St. Vincent and the Grenadines|St Vincent|Saint Vincent|St. Vincent;Vincentian|Vincentians;Kingstown
VEN;;Venezuela, Bolivarian Republic of;Venezuelan|Venezuelans;Caracas
VGB;British Virgin Islands;BVI|Virgin Islands, British;British Virgin Islander|British Virgin Islanders;Road Town
VIR;U.S. Virgin Islands;US Virgin Islands|USVI|Virgin Islands, U.S.|United States Virgin Islands;U.S. Virgin Islander|U.S. Virgin Islanders;Charlotte Amalie
VNM;;Viet Nam|Socialist Republic of Vietnam;Vietnamese;Hanoi|Ha Noi
VUT;;New Hebrides;Ni-Vanuatu|Vanuatuan;Port Vila
WLF;;Wallis and Futuna Islands;Wallisian|Futunan;Mata-Utu
WSM;;Western Samoa;Samoan|Samoans;Apia
YEM;;;Yemeni|Yemenis|Yemenite;Sanaa|Sana'a|Sana|Aden
ZAF;;RSA|S. Africa;South African|South Africans;Pretoria|Cape Town|Bloemfontein|Tshwane
ZMB;;Northern Rhodesia;Zambian|Zambians;Lusaka
ZWE;;Rhodesia|Southern Rhodesia;Zimbabwean|Zimbabweans|Rhodesian|Rhodesians;Harare|Salisbury
"""

# Kosovo is not in ISO 3166-1; XKX is the user-assigned code used by the EU, IMF, World Bank etc.
EXTRA = {
    "XKX": {"name": "Kosovo", "official_name": "Republic of Kosovo", "alpha_2": "XK"},
}
# Internet country-code domains that differ from the ISO 3166-1 alpha-2 code (IANA root zone).
DOMAINS = {"GBR": "uk|gb"}
EXTRA_DATA = "XKX;Kosovo;Republic of Kosovo|Kosova|Kosovë|Kosovo*;Kosovar|Kosovan|Kosovars|Kosovans|Kosovo Albanian|Kosovo Albanians;Pristina|Prishtina|Prishtinë"

# ISO names that are not used as aliases (politically loaded or not a way anyone refers to the place)
SKIP_ALIASES = {"Taiwan, Province of China"}


def load_iso():
    if os.path.exists(ISO_JSON):
        with open(ISO_JSON, encoding="utf-8") as f:
            return json.load(f)["3166-1"]
    import pycountry  # fallback
    out = []
    for c in pycountry.countries:
        d = {"alpha_3": c.alpha_3, "alpha_2": c.alpha_2, "name": c.name}
        for k in ("common_name", "official_name"):
            if hasattr(c, k):
                d[k] = getattr(c, k)
        out.append(d)
    return out


def split(s):
    return [x.strip() for x in s.split("|") if x.strip()]


def main():
    table = {}
    for line in (COUNTRY_DATA.strip() + "\n" + EXTRA_DATA).splitlines():
        parts = line.split(";")
        if len(parts) != 5:
            sys.exit("bad data line: " + line)
        table[parts[0]] = parts[1:]
    iso = load_iso()
    rows = []
    seen = set()
    for c in iso + [dict(alpha_3=k, **v) for k, v in EXTRA.items()]:
        code = c["alpha_3"]
        seen.add(code)
        name_o, aliases, demonyms, capitals = table.get(code, ["", "", "", ""])
        if code not in table:
            print("warning: no hand data for", code, file=sys.stderr)
        name = name_o or c.get("common_name") or c["name"]
        al = []
        for a in [c["name"], c.get("common_name", ""), c.get("official_name", "")] + split(aliases):
            a = a.strip()
            if a and a != name and a not in al and a not in SKIP_ALIASES:
                al.append(a)
        domain = DOMAINS.get(code, c.get("alpha_2", "").lower())
        rows.append([code, name, "|".join(al), "|".join(split(demonyms)), "|".join(split(capitals)), domain])
    for k in table:
        if k not in seen:
            sys.exit("hand data for unknown code " + k)
    rows.sort(key=lambda r: r[0])
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# countries.tsv — states and territories (ISO 3166-1 alpha-3, plus XKX Kosovo)\n")
        f.write("# Format: code<TAB>name<TAB>aliases<TAB>demonyms<TAB>capitals<TAB>domains ; lists are '|'-separated; empty field = none.\n")
        f.write("# name = common English short name; aliases = ISO names, official names, short forms, abbreviations,\n")
        f.write("#   former names still in use; demonyms = adjectives and nouns incl. plurals; capitals = capital cities and\n")
        f.write("#   seats of government used as metonyms (several are possible, e.g. NLD Amsterdam|The Hague);\n")
        f.write("#   domains = its internet country-code domains (ISO alpha-2, lowercased; IANA root zone), which tell whose\n")
        f.write("#   government a page under gov.<domain> speaks for.\n")
        f.write("# Sources: Debian iso-codes iso_3166-1.json (codes, ISO names, official names); hand-written table in\n")
        f.write("#   tools/knowledge/generate_countries.py (general knowledge, cross-checked with public reference lists).\n")
        f.write("# GENERATED by tools/knowledge/generate_countries.py — edit the script, not this file.\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print("wrote", len(rows), "rows to", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
