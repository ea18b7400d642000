import ReviewSiteCore
import ReviewSiteNames

/// The bundled given names (FirstNamesData.swift; sources and licences in
/// Anonymisation/Data/README.md), loaded once into sets.
package enum FirstNames {
    /// Names that are not ordinary English words (Sarah, Callum, Niamh).
    package static let plain: Set<String> = withSpellings(load(FirstNamesData.plain).union(ukNames))
    /// Names that are also ordinary words (May, Will, Grace, Hope, Mark): reported only with
    /// a stronger signal.
    package static let wordLike: Set<String> = load(FirstNamesData.wordLike).union(extraWordLike.intersection(plain))
        .union(ukWordLikeNames).subtracting(notNames)

    /// Given names common in the UK that are English words too and that the lists lack: `Gill`
    /// (Gillian's short form; `me & Gill`, `Gill's sister`; development set 92).
    package static let ukWordLikeNames: Set<String> = ["Gill"]

    /// Words of `notNames` that are also among the commonest surnames in the UK's South Asian
    /// communities: after an unknown given name they end a name (`his wife, Rumena Begum,`;
    /// development set 33).
    package static let alsoSurnames: Set<String> = ["Begum", "Khan", "Singh", "Kaur", "Bibi"]

    /// Entries of the census lists that are in practice words, not given names, in British
    /// prose (`In`, `So`, `Long`, `Young`); titles are titled-name's.
    package static let notNames: Set<String> = [
        "In", "An", "Marine", "So", "My", "Ma", "Pa", "Mi", "Ha", "Nu", "See", "Many", "Else", "Long", "Young", "Man",
        "Son", "Numbers", "Manual", "Brain", "Lean", "Loan", "Carry", "Marry", "Aide", "Angle", "Era",
        "Conception", "Season", "Christen", "Hang", "Chin", "Hue", "Dung", "Pasty", "Desire", "Lien", "Sang",
        "Soon", "Sung", "Wan", "Wen", "Yen", "Yon", "Ping", "Bong", "Shin", "Chi", "Min", "Lore", "Tequila",
        "Sun", "Song", "Miss", "Lady", "King", "Queen", "Major", "Prince", "Princess", "Junior", "Chance",
        "Chase", "Spring", "Summer", "Winter", "Autumn", "Star", "Moon", "Page", "Royal", "Noble", "Golden",
        // From the wider lists (issue 12): faith roles, particles and words of reports.
        "Imam", "İmam", "Ibn", "Bin", "Abu", "Sheikh", "Mullah", "Pastor", "Baba", "Bibi", "Begum", "Ustad",
        "Hafiz", "Haji", "Sahib", "Singh", "Kaur", "Khan", "Bey", "Efendi",
        // Turkish `hanım` (madam) after a woman's given name (`Elif Hanım`; development set 88).
        "Hanım", "Hanim",
        // Portuguese hello, Tetum `mana` (elder sister) and `Over` starting a sentence
        // (`Olá Sandra,`, `Mana you awake?`, `Over Christmas the visits fell`; development set 95).
        "Olá", "Mana", "Over", "Pan", "Pani", "Domnul",
        "Doamna", "Nana", "Mama", "Papa", "Brother", "Auntie", "Uncle", "Gang",
        // What children call their grandmothers in Urdu, Hindi, Punjabi and Bengali (`Nani
        // stands in front of her`; development set 33).
        "Nani", "Dadi",
        // Nepali for an elder sister (`chat with "Didi Bimu"`; development set 102), and the
        // Fijian greeting (`Bula vinaka`).
        "Didi", "Bula",
        // The Thames at Oxford, and what schools, boat clubs and shops on it are named after,
        // and Portuguese `agora` (now) starting a sentence (`Agora sei que não`; development set 110).
        "Isis", "Agora",
        // Kin words and honorifics the romanised Indian and Nepali lists hold as names
        // (`Bhaiya, I am okay`, `Shree Jalaram temple`), Malay and Tagalog `anak` (child), and
        // the Sylhet river many restaurants are named after, and a goddess whose temples and
        // festival are named after her (`Shree Durga temple`; twenty-sixth session).
        "Bhai", "Bhaiya", "Shree", "Shri", "Anak", "Surma", "Durga",
        // Portuguese, Kriolu and Spanish for a cousin, as a family calls one (`Prima gave this
        // statement`; development set 53).
        "Prima", "Primo",
        // A Turkish given name, far oftener a waterway's last word (`the Wenlow Canal`; development
        // set 59).
        "Canal",
        "Danish", "Polish", "Roma", "Romany", "Traveller", "Asian", "Black", "White", "British",
        // Nationalities and peoples (issue 12, second development corpus: "an Irish Traveller").
        "Irish", "Welsh", "Scottish", "English", "Cornish", "Manx", "Romanian", "Lithuanian", "Latvian", "Ukrainian",
        "Somali", "Nigerian", "Ghanaian", "Kurdish", "Turkish", "Pakistani", "Indian", "Bangladeshi", "Chinese",
        "Vietnamese", "Eritrean", "Sudanese", "Syrian", "Afghan", "Iranian", "Iraqi", "Albanian", "Portuguese",
        "Spanish", "Italian", "French", "German", "Dutch", "Czech", "Slovak", "Hungarian", "Bulgarian", "Russian",
        "Jamaican", "Caribbean", "African", "European", "Gypsy", "Bengali", "Punjabi", "Gujarati", "Tamil", "Sikh",
        "Hindu", "Jewish", "Arab", "Arabic", "Filipino", "Thai", "Nepali", "Brazilian", "Zimbabwean", "Congolese",
        "Scot", "Scots", "Brit", "Kurd", "Pole", "Turk", "Greek", "Cypriot", "Georgian",
        // Feasts and holidays, and the Welsh verb "mae" ("is"), which starts Welsh sentences.
        "Easter", "Christmas", "Diwali", "Eid", "Ramadan", "Hanukkah", "Passover", "Whitsun", "Mae", "Forum",
        // Welsh street types, written before the street's name ("11 Lôn Dewi").
        "Lôn", "Lon", "Heol", "Maes", "Stryd", "Ffordd", "Cilgant", "Rhodfa", "Teras", "Llys", "Cwrt", "Allt", "Rhiw",
    ]

    /// Names the British English word list has only with a capital but that are ordinary
    /// words, places or groups in reports.
    package static let extraWordLike: Set<String> = [
        "Christian", "Jordan", "Asia", "China", "Paris", "London", "Chelsea", "Florence", "Sydney",
        "Lincoln", "Jersey", "Kent", "Devon", "Cornwall", "Carolina", "Georgia", "Virginia",
        "Easter", "Christmas", "Ireland", "India", "Africa", "America", "Israel", "Wales",
        "Muslim", "Catholic", "Child", "Adult", "Police", "Court", "Justice",
        // `Ok lang ate.` in a chat export: the word, far oftener than the Korean name.
        "Ok",
        // Development set 61: Moroccan Arabic (`a Darija interpreter`), French for Mum, and the
        // name in hymns; each still a name with a surname or a title.
        "Darija", "Maman", "Jesus",
        // Development set 62: Spanish `Le` (to her).
        "Le",
    ]

    /// Given names common in the UK but missing from the census-based lists: South Asian,
    /// African, Polish, Romanian, Scottish and Irish Gaelic and Welsh names. Written for this
    /// project (no outside source), after the measurement corpus showed the gap.
    package static let ukNames: Set<String> = [
        "Aamir", "Abdul", "Adebayo", "Adeola", "Aditya", "Afia", "Agnieszka", "Ahmed", "Aisha", "Akua",
        "Amandeep", "Amara", "Amir", "Anjali", "Anil", "Arjun", "Arun", "Asif", "Ayesha", "Bartosz",
        "Bilal", "Bogdan", "Chidi", "Chinedu", "Chioma", "Dariusz", "Deepak", "Dorota", "Eilidh", "Emeka",
        "Fatima", "Folake", "Gurpreet", "Hamza", "Harpreet", "Hassan", "Ifeoma", "Imran", "Iwona", "Jakub",
        "Jaspreet", "Kacper", "Kamal", "Kasia", "Katarzyna", "Khadija", "Kofi", "Krzysztof", "Kwame",
        "Lakshmi", "Maciej", "Magdalena", "Malgorzata", "Manpreet", "Mariusz", "Mohammed", "Muhammad",
        "Nadia", "Naveed", "Ngozi", "Nkechi", "Nnamdi", "Obinna", "Oluwaseun", "Oluwatobi", "Parveen",
        "Piotr", "Priya", "Rajesh", "Rajinder", "Ravinder", "Rukhsana", "Sandeep", "Shabana", "Shazia",
        "Simranjit", "Sukhwinder", "Sunita", "Szymon", "Tariq", "Temitope", "Tomasz", "Tunde", "Usman",
        "Wojciech", "Yasmin", "Yusuf", "Zainab", "Zofia", "Zubair", "Andreea", "Ionut", "Mihai", "Alexandru",
        "Catalin", "Florin", "Ioana", "Siobhan", "Aoife", "Niamh", "Saoirse", "Ciaran", "Oisin", "Padraig",
        "Sinead", "Caoimhe", "Ailsa", "Morag", "Mhairi", "Catriona", "Iain", "Hamish", "Rhys", "Cerys",
        "Dafydd", "Gethin", "Sioned", "Rhiannon", "Bronwen", "Gwen", "Iolo", "Llinos", "Ffion",
        // Added for issue 12 where the Faker locale lists have no or few entries: Welsh,
        // Somali, Turkish, Punjabi, Pakistani and Bangladeshi, Chinese (pinyin), Zimbabwean,
        // Ukrainian, Arabic and (below) more given names as commonly romanised in the UK.
        "Gwenllian", "Iestyn", "Eirlys", "Aneurin", "Cadi", "Elin", "Mared", "Nia", "Owain", "Rhodri", "Siân",
        "Sian", "Tegan", "Tomos", "Alun", "Bethan", "Carys", "Delyth", "Eleri", "Emyr", "Glesni", "Gruffydd",
        "Gwilym", "Heledd", "Hywel", "Ieuan", "Ifan", "Llŷr", "Lowri", "Meinir", "Meirion", "Nerys", "Osian",
        "Rhian", "Steffan", "Tudur", "Gwyneth", "Angharad", "Catrin", "Dilys", "Eurig", "Geraint", "Gwenno",
        "Hefin", "Idris", "Llywelyn", "Mali", "Manon", "Meleri", "Mererid", "Nesta", "Rhydian", "Sioni", "Tirion",
        // More Welsh given names, none an English word (development set 73: `copied in Alwen`).
        "Alwen", "Siwan", "Aeron", "Annest", "Arwyn", "Berwyn", "Brychan", "Cynan", "Eilir", "Eiluned", "Einir",
        "Elliw", "Endaf", "Enfys", "Esyllt", "Euros", "Ffraid", "Garmon", "Gwenan", "Heddwyn", "Luned", "Madog",
        "Medwyn", "Meirwen", "Mirain", "Morfudd", "Nefydd", "Ynyr", "Gwenfair", "Elain", "Gwenith", "Hafwen", "Nanw",
        "Tesni", "Tanwen", "Briallen", "Fflur", "Glain", "Modlen", "Nansi",
        // `Raj`, which the lists lacked (and so `Rajji`, with `-ji`; development set 90), and
        // Polish pet forms of men's names (development set 87: `Darek`); none an English word.
        "Raj", "Darek", "Jarek", "Mirek", "Zbyszek", "Rysiek", "Wiesiek",
        // Slovak and Czech pet forms, as family and friends write them (development set 74:
        // `teta Vierka`, `drinking with Jožko`); none an English word.
        "Jožko", "Jozko", "Jožo", "Jozo", "Vierka", "Zuzka", "Zuzanka", "Janka", "Katka", "Ferko", "Fero",
        "Peťo", "Peto", "Maťo", "Mišo", "Miško", "Misko", "Paľo", "Paľko", "Palko",
        "Evka", "Majka", "Anička", "Anicka", "Lucka", "Terezka", "Kvetka", "Hanka", "Betka", "Jurko",
        "Marienka", "Ďuro", "Duro",
        // Lithuanian given names and pet forms the lists lack (development set 78: `Aurelijus`,
        // `Ievutė`); none an English word.
        "Aurelijus", "Ievutė", "Ievute", "Rimantas", "Gintaras", "Žydrūnas", "Zydrunas", "Daiva", "Laima", "Birutė",
        "Birute", "Aistė", "Aiste", "Audronė", "Audrone", "Valdas", "Liudas", "Rimutė", "Rimute", "Jonukas",
        "Petriukas", "Onutė", "Onute", "Aldutė", "Aldute", "Marytė", "Maryte",
        // Given names among the most common for babies born in England and Wales since the 2000s,
        // Polish spellings of the commonest girls' names, and Shona given names, that the lists
        // lacked (development set 132: `Jaxon's dad`, `Oliwia Nowak's mum`, `Cover for Fadzai`);
        // none an English word, a city's or a UK place's name.
        "Alfie", "Finley", "Albie", "Jaxon", "Jaxson", "Jenson", "Kayden", "Kaiden", "Brayden", "Kyran",
        "Jace", "Kaison", "Isla", "Esme", "Imogen", "Nevaeh", "Aaliyah", "Jorja", "Maddison", "Oliwia",
        "Wiktoria", "Zuzanna", "Fadzai", "Rutendo", "Tafadzwa", "Chiedza", "Tsitsi", "Munashe", "Simbarashe", "Vimbai",
        "Shamiso", "Kudakwashe", "Anesu", "Ruvimbo", "Tariro", "Panashe", "Mufaro", "Rudo", "Chenai", "Nyarai",
        "Takudzwa", "Tonderai", "Tichaona",
        "Abdirahman", "Abdirahim", "Abdiaziz", "Abdikarim", "Abdullahi", "Hodan", "Faadumo", "Hamdi", "Sahra",
        "Ubah", "Ayaan", "Warsame", "Abshir", "Farhiya", "Hibaaq", "Idil", "Ifrah", "Najma", "Yasmiin", "Deeqa",
        "Ladan", "Nimco", "Sagal", "Samatar", "Liban", "Mahad", "Guled", "Hanad", "Khadar", "Muna", "Ilhan",
        "Mehmet", "Hüseyin", "Huseyin", "Ahmet", "Emine", "Fatma", "Zeynep", "Elif", "Murat", "Kemal", "Recep",
        "Yasemin", "Ayşe", "Ayse", "Özlem", "Ozlem", "Gökhan", "Gokhan", "Serkan", "Burak", "Emre", "Hakan",
        // (More Turkish given names, none an English word: `Selin Yusufova (Bulgarian Turkish
        // Cultural Association)`; development set 127.)
        "Selin", "Ebru", "Derya", "Esra", "Gizem", "Cansu", "Tuğba", "Tugba", "Sevgi", "Nermin", "Hülya", "Hulya",
        "Sibel", "Dilek", "Seda", "Sevda", "Gülay", "Gulay", "Songül", "Songul",
        "Jaswinder", "Shabnam", "Rukhsar", "Faisal", "Ebrahim", "Kuldeep", "Balwinder", "Sukhdev", "Paramjit",
        "Harjit", "Rupinder", "Nasreen", "Farzana", "Shahida", "Tahira", "Nusrat", "Rehana", "Shamima",
        "Mohammad", "Mohamed", "Mohamud", "Abdullah", "Rizwan", "Zahid", "Sajid", "Khalid", "Waqas", "Adnan",
        "Kashif", "Shahid", "Nadeem", "Javed", "Rahima", "Shirin", "Anwar", "Jahanara", "Momtaz", "Rashida",
        "Jiahao", "Zhiwei", "Xiaoming", "Xiaoling", "Meiling", "Haoran", "Yuxuan", "Zihan", "Yichen", "Junjie",
        "Jianhua", "Jianguo", "Wenjun", "Xiaohong", "Xiaoyan", "Zhihao", "Yanling", "Huiling", "Xinyi", "Jiayi",
        "Tendai", "Tatenda", "Farai", "Chipo", "Rufaro", "Tinashe", "Nyasha", "Kudzai", "Tapiwa", "Rumbidzai",
        "Oksana", "Olena", "Svitlana", "Yulia", "Dmytro", "Oleksandr", "Mykola", "Andriy", "Vasyl", "Serhiy",
        "Omar", "Khaled", "Youssef", "Mahmoud", "Amira", "Layla", "Rania", "Hanan", "Samira", "Nour",
        // Common British Indian and Pakistani given names the lists above lack (found missing
        // when development set 11 named a paramedic Sanjay), and a few more.
        "Sanjay", "Sunil", "Vijay", "Ravi", "Ashok", "Suresh", "Ramesh", "Manoj", "Pradeep", "Dinesh", "Mukesh",
        "Rakesh", "Mahesh", "Naresh", "Hitesh", "Nilesh", "Kulwinder", "Parminder", "Balvinder", "Amarjit",
        "Baljit", "Geeta", "Rekha", "Meena", "Farhana", "Waqar", "Funmi",
        // Eritrean and Ethiopian, Persian and Kurdish, Bangladeshi, Albanian, Bulgarian and
        // Russian given names as romanised in the UK.
        "Tesfaye", "Abebe", "Meron", "Selam", "Yonas", "Dawit", "Tigist", "Hiwot", "Senait", "Mulugeta",
        "Reza", "Hossein", "Zahra", "Parisa", "Farhad", "Dariush", "Mehdi", "Arash", "Behrouz", "Kaveh",
        "Nasrin", "Azadeh", "Roya", "Karwan", "Rebwar", "Hawre", "Shilan", "Dilan", "Rozhin", "Shamim",
        "Rokeya", "Nazma", "Rumana", "Sultana", "Khaleda", "Shahin", "Arben", "Besnik", "Blerina", "Fatjon",
        "Elira", "Ilir", "Klodian", "Mimoza", "Valbona", "Dritan", "Ardit", "Erion", "Kledi", "Georgi",
        // More Albanian and Kosovan given names (development set 94: `GASHI, Arlind`, `Gjergj`).
        "Arlind", "Gjergj", "Gjon", "Agron", "Altin", "Bledar", "Blerim", "Endrit", "Ermal", "Fatos", "Gentian",
        "Kujtim", "Lulzim", "Petrit", "Shpetim", "Valon", "Visar", "Armend", "Arber", "Astrit", "Bujar", "Driton",
        "Fitim", "Jetmir", "Kastriot", "Liridon", "Mergim", "Shkelzen", "Blerta", "Brikena", "Enkeleda",
        "Entela", "Erjona", "Fatjona", "Fjolla", "Jonida", "Kaltrina", "Lindita", "Luljeta",
        "Majlinda", "Merita", "Rudina", "Shqipe", "Teuta", "Vjosa", "Albana",
        "Dimitar", "Ivelina", "Tsvetelina", "Plamen", "Stoyan", "Yordan", "Sergei", "Dmitri",
        // Issue 12, second development corpus: Polish, Ukrainian, Somali, Yoruba, Bengali,
        // Punjabi, English and Welsh given names the lists above lack.
        "Władysław", "Wladyslaw", "Stanisław", "Stanislaw", "Zbigniew", "Mirosław", "Miroslaw", "Grzegorz", "Tadeusz",
        "Bogusław", "Boguslaw", "Jarosław", "Jaroslaw", "Wiesław", "Wieslaw", "Ryszard", "Hennadiy", "Hennadij",
        "Volodymyr", "Oleksiy", "Oleksii", "Yevhen", "Bohdan", "Taras", "Yuriy", "Petro", "Halyna", "Nataliya",
        "Iryna", "Tetiana", "Liudmyla", "Abdiwahab", "Abdiqani", "Abdirizak", "Abdifatah", "Abdishakur", "Abdinasir",
        "Fartun", "Hawo", "Xaliimo", "Khadra", "Gbenga", "Olumide", "Oluwafemi", "Babatunde", "Adewale", "Olusegun",
        "Funmilayo", "Yetunde", "Bukola", "Nasima", "Rubina", "Shahana", "Nazmul", "Mizanur", "Shahidul", "Kamaljit",
        "Manjit", "Gurdeep", "Harjinder", "Kulwant", "Philippa", "Glenys", "Gaynor", "Meryl", "Myfanwy", "Gwenda",
        "Morfydd", "Eirwen", "Hermione", "Ikram", "Aysel", "Becca", "Venkatesh", "Siôn", "Sion", "Aled", "Gwion", "Henryk",
        "Shireen", "Nasser",
        // Fifth session: Somali names in Somali spelling (x, c and doubled vowels), and Kurdish
        // given names, which no Faker locale has.
        "Luul", "Cabdi", "Cabdullahi", "Caasha", "Cawo", "Xamdi", "Xaawo", "Xasan", "Xuseen", "Farxaan", "Sucaad",
        "Maryan", "Filsan", "Anab", "Ugbaad", "Hibo", "Ismahan", "Nasteexo", "Qamar", "Sirad", "Shukri", "Hodo",
        "Saciid", "Cumar", "Maxamed", "Maxamuud", "Cali", "Faarax", "Jaamac", "Ciise", "Yuusuf", "Axmed", "Xalimo",
        "Kani", "Soran", "Goran", "Rezan", "Dilshad", "Zhilwan", "Hevi", "Berivan", "Rojin", "Avin", "Zana", "Hawar",
        "Shvan", "Nazdar", "Hemin", "Bahar", "Aram", "Shiler", "Chnar", "Dlshad", "Sirwan", "Kawa", "Rawa",
        // Eighth session: common Welsh given names (`Huw`, `Glyn`, `Emrys`) and Nepali ones, as in
        // the UK's Gurkha families (`Bikash`), that no list above had; no deity's name (`Shiva`).
        "Huw", "Dilwyn", "Alwyn", "Arwel", "Bleddyn", "Bryn", "Brynmor", "Cadfan", "Caradog", "Carwyn", "Cledwyn",
        "Deiniol", "Dyfan", "Eifion", "Elfed", "Emlyn", "Emrys", "Glyn", "Glyndwr", "Goronwy", "Gwynfor", "Gwydion",
        "Idwal", "Ifor", "Islwyn", "Llew", "Maldwyn", "Meilyr", "Meurig", "Myrddin", "Neirin", "Peredur", "Prys", "Rhun",
        "Rhydderch", "Siarl", "Tegid", "Trefor", "Wyn", "Wynford", "Anwen", "Arianwen", "Beca", "Blodwen", "Branwen",
        "Buddug", "Ceinwen", "Ceri", "Dwynwen", "Eirian", "Elen", "Gaenor", "Gwawr", "Gwladys", "Heulwen", "Llio",
        "Lleucu", "Mabli", "Mair", "Mairwen", "Morwenna", "Rhiain", "Rhianwen", "Seren", "Siwan", "Tegwen", "Teleri",
        "Undeg", "Menna", "Eluned", "Awen", "Cerian", "Dilwen", "Efa", "Alaw", "Lleu", "Cai", "Ianto", "Celyn",
        "Macsen", "Guto", "Mabon", "Taliesin", "Trystan", "Twm",
        "Bikash", "Prakash", "Suman", "Dipak", "Bishnu", "Shyam", "Nirmala", "Kabita", "Rajendra", "Narayan", "Dilip",
        "Santosh", "Bijay", "Sujan", "Sujata", "Rabin", "Rabindra", "Mohan", "Sapana", "Pramila", "Yamuna", "Binod",
        "Bhim", "Bikram", "Dambar", "Padam", "Purna", "Tilak", "Nabin", "Niraj", "Roshan", "Roshani", "Sagar", "Sanjeev",
        "Saroj", "Shankar", "Sudip", "Sushila", "Uttam", "Yubraj", "Dhurba", "Bahadur", "Kumari", "Amrit", "Bipin",
        "Gyan", "Keshav", "Nabaraj", "Pushpa", "Sabita", "Sangita", "Sanju", "Shova",
        // Bangladeshi given names as written in the UK (`Shilpi`, `Anjum`), found missing with set 24.
        "Shilpi", "Anjum", "Rupa", "Mitu", "Shampa", "Lipi", "Munni", "Nipa", "Shapla", "Runa", "Ruma", "Jesmin", "Momena",
        "Hasina", "Shahnaz", "Parvin", "Sumi", "Mili", "Tonni", "Tithi", "Sathi", "Moushumi", "Kakoli", "Sohel", "Shohel",
        "Alamgir", "Kamrul", "Masud", "Mostafa", "Shafiq", "Tareq", "Helal", "Liton", "Rubel", "Shipon", "Mithu", "Babul",
        "Dulal", "Monir", "Rashed", "Shahed", "Anwara", "Afroza", "Jannat", "Sharmin", "Shamsun", "Rokshana", "Taslima",
        // Afghan given names, Pashto and Dari, as romanised in the UK (`Mursal`, `Hamidullah`), set 25.
        "Mursal", "Hamidullah", "Habibullah", "Naqibullah", "Samiullah", "Rahmatullah", "Ahmadullah", "Zabiullah",
        "Hayatullah", "Asadullah", "Ajmal", "Wahid", "Farid", "Jawad", "Sohrab", "Gulalai", "Malalai", "Wazhma", "Freshta",
        "Fereshta", "Nazanin", "Mahbooba", "Parwana", "Lailuma", "Zarghona", "Nilofar", "Shukria", "Marzia", "Fawzia",
        "Zarmina", "Palwasha", "Spogmai", "Storai", "Hosai", "Zakia", "Khalida", "Najiba", "Sharifa", "Latifa", "Mirwais",
        "Zalmay", "Zalmai", "Bashir", "Nasir", "Faridoon", "Fawad", "Haroon", "Javid", "Khalil", "Mansoor", "Rahim", "Tamim",
        "Zia", "Gulbuddin", "Dawood",
        // Yoruba short and pet forms (`Tayo`, `Bisi`, `Fola`), as friends write them, and
        // English diminutives (`Mick`, `Gaz`), set 35 (not `Abdo`: a GP's `Abdo pain`).
        "Tayo", "Bisi", "Fola", "Yemi", "Kemi", "Dayo", "Seun", "Tolu", "Femi", "Shola", "Jide", "Kunle", "Bayo",
        "Dami", "Damilola", "Ayo", "Toyin", "Yinka", "Lanre", "Segun", "Jumoke", "Kayode", "Funke", "Bimpe",
        "Mick", "Micky", "Gaz", "Baz", "Daz", "Shaz", "Jez",
        // Set 36: English and Cornish names the lists lack (`Tamsin`), Punjabi `-deep` names,
        // Malayali Christian and Goan Catholic names (`Aleyamma`, `Jibin`, `Agnelo`), and
        // West African and Kikuyu ones (`Adama`, `Wanjiru` and its short form `Shiru`).
        "Tamsin", "Tamsyn", "Jenna", "Kerenza", "Demelza", "Jago", "Mandeep", "Hardeep", "Jagdeep",
        "Navdeep", "Jasdeep", "Rajdeep", "Gagandeep", "Ramandeep", "Kirandeep", "Arshdeep", "Sukhdeep", "Aleyamma",
        "Annamma", "Mariamma", "Kunjamma", "Thankamma", "Achamma", "Jibin", "Jithin", "Jobin", "Jomon", "Tintu",
        "Bincy", "Jincy", "Siji", "Biju", "Saji", "Shaji", "Reji", "Shibu", "Sabu", "Binu", "Jinu", "Anju",
        "Agnelo", "Anselm", "Cajetan", "Jovito", "Ligoria", "Menino", "Conceicao", "Adama", "Wanjiru", "Wambui",
        "Njeri", "Wanjiku", "Nyambura", "Muthoni", "Wairimu", "Shiru", "Njambi",
        // Set 37: Cornish (`Lowenna`), Bulgarian (`Desislava`) and Portuguese and Brazilian
        // (`Zélia`, `Aparecida`) given names the lists lack.
        "Lowenna", "Kerensa", "Senara", "Elowen", "Tegen", "Desislava", "Radostina", "Boyana", "Petya", "Rumyana",
        "Hristo", "Krasimir", "Tsvetan", "Zélia", "Aparecida", "Graça", "Rosângela", "Jussara", "Cleide", "Edvaldo",
        "Vanderlei", "Lurdes", "Zelia", "Graca", "Rosangela",
        // Set 48: Gujarati given names of the generation that came from East Africa and India
        // (`Pravin`, `Hasmukh`, `Kokila`; Faker's Gujarati list holds younger ones, in Gujarati
        // letters), and Bosnian ones (`Mersiha`, `Senad`), with and without their letters.
        "Pravin", "Pravina", "Kishor", "Jayesh", "Paresh", "Bharat", "Hasmukh", "Jayshree", "Hansa", "Manjula",
        "Kokila", "Kalpana", "Chandrakant", "Navin", "Bhupendra", "Jitendra", "Vinod", "Kirit", "Yogesh", "Minaxi",
        "Smita", "Nayna", "Hemlata", "Kanta", "Ketan", "Shailesh", "Manish", "Mehul", "Tejal", "Dipti", "Dhiren",
        "Hemant", "Kantilal", "Jayantilal", "Bhanu", "Savita", "Sarla", "Bhavesh", "Nitin", "Ashvin", "Ashwin",
        "Chetan", "Haresh", "Kamlesh", "Rupal", "Hetal", "Bhumika", "Jigna", "Krupa", "Daxa", "Jyotsna", "Kusum",
        "Vasant", "Vipul", "Alpesh", "Bhavin", "Hiren", "Jignesh", "Kalpesh", "Mukund", "Pankaj", "Pritesh",
        "Rajnikant", "Tushar", "Umesh", "Vimal",
        "Mersiha", "Emina", "Senad", "Almir", "Elvir", "Amela", "Sanela", "Haris", "Nedim", "Sead", "Fikret",
        "Hajrudin", "Ramiza", "Sabaheta", "Dženana", "Dzenana", "Merima", "Amila", "Ajla", "Belma", "Lejla", "Amra",
        "Tarik", "Eldin", "Ermin", "Esad", "Fadil", "Hasib", "Mensur", "Muhamed", "Nermina", "Sanel", "Šefik",
        "Sefik", "Suad", "Zijad", "Zilha", "Hatidža", "Hatidza", "Dževad", "Dzevad", "Midhat", "Senada", "Senida",
        "Vahida", "Zumreta", "Elvedin", "Amer", "Muamer", "Hajra",
        // Set 49: English short forms friends and colleagues write (`Kath`, `Bex`, `Kels`).
        "Kath", "Cath", "Bex", "Becs", "Kels", "Kel", "Mags", "Soph", "Chrissie", "Kaz", "Tez", "Ged", "Macca", "Robbo",
        "Tommo", "Jonno", "Marj", "Nance", "Rach", "Abi", "Jase", "Ange",
        // Set 76: Stuart's (`Stu rang`).
        "Stu",
        // Set 54: Nepali given names the lists lack (`Pabitra`), and `Olu`, a Yoruba short form.
        "Pabitra", "Olu",
        // Set 60: English short forms and nicknames (`Des`, `Gav`, `Nobby`, `JoJo`).
        "Des", "Gav", "Gaz", "Daz", "Baz", "Shaz", "Nobby", "Jojo", "JoJo",
        // Set 67: Douglas's and Roland's short forms (`Dougie Farrant`, `Roly, Head Porter`);
        // set 69: Richard's (`engraved by Dickie Armstrong`).
        "Dougie", "Roly", "Dickie",
        // Set 88: Turkish and Kurdish given names the lists lack (`Sevgi Arslan (ADAS)`), as
        // written in the UK with and without their letters; none an English word.
        "Sevgi", "Derya", "Dilek", "Esra", "Ebru", "Hacer", "Kübra", "Volkan", "Cem", "Şükran", "Nilüfer", "Döndü",
        "Kadriye", "Melek", "Necla", "Oya", "Perihan", "Saadet", "Şenay", "Ümran", "Yeter", "Zerrin", "Bülent",
        "Cafer", "Gürkan", "Nihat", "Oğuz", "Selim", "Serdar", "Sinan", "Taner", "Tayfun", "Rojda", "Berfin", "Zilan",
        "Baran", "Welat", "Serhat", "Şivan", "Nurhan",
        // Given names written short in old minute books and by friends (`Geo. Pattison`, `Thos.`,
        // `Wm.`; `Thanks Jas`; development sets 68 and 69).
        "Geo", "Thos", "Wm", "Chas", "Robt", "Jas",
        // Set 61: French given names, of France, Mauritius and the Channel coast, the lists
        // lack (`Odile`, `Nadège`), with and without their accents.
        "Odile", "Josiane", "Huguette", "Pierrette", "Jocelyne", "Armelle", "Maryvonne", "Nadège", "Nadege",
        "Sandrine", "Rosine", "Solène", "Solene", "Maëlle", "Maelle", "Gaëlle", "Gaelle", "Ségolène",
        "Segolene", "Lucette", "Séverine", "Severine", "Murielle", "Didier", "Hervé", "Herve", "Gaëtan",
        "Gaetan", "Loïc", "Loic", "Rémi", "Remi", "Régis", "Regis", "Fabrice", "Lysiane", "Ghislain", "Annick",
        "Mauricette", "Ophélie", "Ophelie", "Gwenaëlle", "Gwenaelle", "Mylène", "Mylene", "Arnaud", "Mathieu",
        "Baptiste", "Romain", "Florent", "Bastien", "Mireille", "Odette", "Josette", "Ginette", "Paulette",
        "Liliane", "Ghislaine", "Rolande", "Marylène", "Marylene", "Christiane", "Francine",
        // Set 71: common British Pakistani and Kashmiri given names the lists lack (a pharmacy
        // driver `Imtiaz`, `Aneela Butt`), and Igbo ones (`Amaka Nwachukwu`).
        "Imtiaz", "Aneela", "Adeel", "Majid", "Nighat", "Saima", "Shaheen", "Tasleem", "Nazia", "Bushra",
        "Mehwish", "Abida", "Afzal", "Akhtar", "Aleem", "Altaf", "Amjad", "Aqeel", "Arshad", "Ashfaq", "Atif",
        "Azhar", "Ghazala", "Ijaz", "Ishtiaq", "Iqbal", "Khurram", "Liaqat", "Mazhar", "Mushtaq", "Riaz",
        "Safdar", "Sajjad", "Shakeel", "Sohail", "Tauseef", "Waseem", "Zeeshan", "Kalsoom", "Robina",
        "Shagufta", "Sumaira", "Uzma", "Zahida", "Zubaida", "Farhat", "Naheed", "Riffat", "Sobia", "Tahmina",
        "Amaka", "Chinwe", "Ebere", "Chidinma", "Chinonso", "Ikechukwu", "Nnenna", "Obiageli", "Onyeka",
        "Uchechi", "Uju", "Ugochukwu", "Somto", "Tochukwu", "Nkem", "Adaku", "Ezinne", "Kenechukwu",
        // (Names ending like a verb's past tense, `Fareed` as `fare` + `ed`: listed, so never
        // read as a log's verb before a register name.)
        "Fareed", "Saeed", "Hameed", "Rasheed", "Fahad",
    ]

    /// Punjabi names ending in -inder are romanised with either letter (`Kulwinder`,
    /// `Kulvinder`; set 35's `Rajvinder`): every such name in both spellings.
    private static func withSpellings(_ names: Set<String>) -> Set<String> {
        names.union(
            names.compactMap { name in
                if name.hasSuffix("winder") { return name.dropLast(6) + "vinder" }
                if name.hasSuffix("vinder") { return name.dropLast(6) + "winder" }
                return nil
            })
    }

    package static let months: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    /// Whether `word` (capitalised as written, without possessive) is a bundled given name;
    /// `Ciarán` is also looked up as `Ciaran`.
    package static func kind(of word: String) -> Kind? {
        let key = word.prefix(1).uppercased() + word.dropFirst().lowercased()
        // (`Tân ac Achub`, `Tîm Ailsefydlu`: Welsh words that fold to a name; `Siân` still is one.)
        if welshWords.contains(key) { return nil }
        if let k = lookUp(key) { return k }
        if let stem = respectStem(key) { return lookUp(stem) == .plain ? .plain : nil }
        // (`Olá`, Portuguese hello, is no `Ola`.)
        guard key.utf8.contains(where: { $0 >= 0x80 }), !notNames.contains(key) else { return nil }
        let folded = NameMatching.fold(key)
        return lookUp(folded.prefix(1).uppercased() + folded.dropFirst())
    }

    private static func lookUp(_ key: String) -> Kind? {
        if months.contains(key) { return .month }
        if wordLike.contains(key) { return .wordLike }
        if plain.contains(key), !notNames.contains(key) { return .plain }
        return nil
    }

    package enum Kind { case plain, wordLike, month }

    /// `Rajji`, `Pinkiji`: a short given name with Punjabi and Hindi `-ji` of respect run on
    /// (development set 90): the name before it, unless it is a kin word (`Mataji`, `Bhaiji`).
    /// (Up to five letters: `-ji` after a longer word is more often a surname's, `Sharmaji`, and
    /// in a film star's name after `the old Indian films,` no person here.)
    static func respectStem(_ key: String) -> String? {
        guard (5...7).contains(key.count), key.hasSuffix("ji") else { return nil }
        let stem = String(key.dropLast(2))
        let folded = NameMatching.fold(stem)
        guard !NicknameAfterCalled.notNicknames.contains(folded), !respectKin.contains(folded) else { return nil }
        return stem
    }

    /// Kin and teachers whom `-ji` honours, no names (`Mataji`, `Pitaji`, `Guruji`).
    static let respectKin: Set<String> = ["mata", "pita", "guru", "bau", "bebe", "bibi", "beebi", "masi", "bhua", "taya", "tayi"]

    /// Welsh words written with a circumflex whose plain letters spell a given name (fire, team,
    /// sea, water, tower, festival, sound, song; development set 62).
    static let welshWords: Set<String> = ["Tân", "Tîm", "Môr", "Dŵr", "Tŵr", "Gŵyl", "Sŵn", "Cân"]

    /// Hashes of every bundled name and month (lower-cased, up to any apostrophe), so a rule
    /// can rule out the great majority of capitalised words without making a string.
    package static let hashes = HashSet64(plain.union(wordLike).union(months).map(WordHash.lowercased))

    /// Whether the word at `range` (possessive included) may be a bundled name.
    package static func mayBeName(_ text: ScanText, _ range: Range<Int>) -> Bool {
        var end = range.lowerBound
        while end < range.upperBound, text.scalars[end] != "'", text.scalars[end] != "\u{2019}" { end += 1 }
        if hashes.contains(WordHash.lowercased(text.scalars, range.lowerBound..<end))
            || (end < range.upperBound && hashes.contains(WordHash.lowercased(text.scalars, range)))
        {
            return true
        }
        // (`Rajji`: a name with `-ji` run on; `respectStem` judges the stem.)
        if (5...7).contains(end - range.lowerBound), text.scalars[end - 2] == "j", text.scalars[end - 1] == "i",
            hashes.contains(WordHash.lowercased(text.scalars, range.lowerBound..<(end - 2)))
        {
            return true
        }
        // `Ciarán`, `Siân`: try the spelling without accents.
        guard text.scalars[range].contains(where: { $0.value >= 0x80 }) else { return false }
        return hashes.contains(WordHash.lowercased(NameMatching.fold(text.slice(range.lowerBound..<end))))
    }

    private static func load(_ text: String) -> Set<String> {
        Set(text.split(separator: "\n").map(String.init))
    }
}
