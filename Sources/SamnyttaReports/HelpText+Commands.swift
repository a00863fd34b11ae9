import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats

extension HelpText {
  /// What the command does, and its options, in `l`.
  func content(_ l: Language) -> (about: String, options: [Option]) {
    let sv = l == .sv
    let o = { (name: String, svText: String, enText: String) in Option(name: name, meaning: sv ? svText : enText) }
    let model = ModelLibrary.defaultModelID
    let shared = SharedOptions(l: l)
    switch self {
    case .evaluate:
      return (
        sv
          ? "Beräknar alla nyckeltal för en utvärdering: för samhället, den offentliga sektorn, staten och varje aktör."
          : "Computes every key figure of an evaluation for society, the public sector, the state and each actor.",
        [
          o(
            "FILE", "en utvärderings- eller sammanfattningsfil (JSON enligt indataformatet); - läser standard in",
            "an evaluation or summary input file (JSON, as in the input format); - reads standard input"),
          shared.model,
          o(
            "--format text|json|csv|xlsx", "en tabell att läsa (standard), stabil JSON, nyckeltalen som CSV eller en .xlsx-arbetsbok",
            "a table for people (default), stable JSON, the key figures as CSV or an .xlsx workbook"),
          shared.csvDialect, shared.csvHeaders, shared.lang, shared.convention,
        ] + shared.forecast
          + [o("--no-participants", "JSON: utan resultaten per deltagare", "JSON: leave out the per-participant results")] + shared.uncertainty
          + [
            o(
              "--out PATH", "skriv till en fil i stället för standard ut (- eller utelämnad: standard ut; xlsx inte till en terminal)",
              "write to a file instead of standard output (- or none: standard output; xlsx not to a terminal)")
          ]
      )
    case .explain:
      return (
        sv
          ? "Visar hur en deltagares intäkter uppstod: för varje aktör flödena före och efter, vart och ett med\nmodellparametern (och dess källa) eller indatavärdet bakom det."
          : "Shows how a participant's revenue was made: for each actor, the flows before and after, each\nwith the model parameter (and its source) or the input value behind it.",
        [
          o("FILE", "en utvärderingsfil; - läser standard in", "an evaluation input file; - reads standard input"),
          o(
            "--participant ID", "deltagaren att förklara (standard: filens första post)",
            "the participant to explain (default: the first record in the file)"),
          shared.model, shared.lang,
        ]
      )
    case .validate:
      return (
        sv
          ? "Kontrollerar indatafiler: JSON-syntax (med rad och kolumn), nycklar, typer, intervall, tillståndskoder\n(mot modellen) och id som liknar personnummer. Visar varje problem; returkoden är 65 om någon fil har ett."
          : "Checks input files: JSON syntax (with line and column), keys, types, ranges, state codes\n(against the model), personnummer-like ids. Prints every problem; exits 65 if any file has one.",
        [
          o("FILE...", "en eller flera indatafiler; - läser standard in", "one or more input files; - reads standard input"), shared.model,
          shared.lang,
        ]
      )
    case .importParticipants:
      return (
        sv
          ? "Läser deltagare från en .xlsx-arbetsbok eller en CSV-fil sparad från ett kalkylark (en rad per deltagare,\nperiod och tillståndsperiod; se indataformatets avsnitt om import från kalkylark) och skriver dem som\ndeltagarna i en utvärderingsfil, lagrar dokumentet i databasen, eller båda. Varje felaktig rad anges med\nrad och kolumn; ingenting skrivs om inte hela filen, och dokumentet som görs av den, är giltigt."
          : "Reads participants from an .xlsx workbook or a CSV file saved from a spreadsheet (one row per participant, period\nand spell; see \"Importing participants from a spreadsheet\" in the input format) and writes them\nas the participants of an evaluation input file, or stores that document in the database, or\nboth. Every bad row is reported with its line and column; nothing is written unless the whole\nfile, and the document made from it, is valid.",
        [
          o(
            "FILE.csv|FILE.xlsx",
            "deltagarna: en .xlsx-arbetsbok eller CSV-text (avgränsad med ';', ',' eller tabb, UTF-8 eller Windows-1252); - läser standard in",
            "the participants: an .xlsx workbook, or CSV text (';', ',' or tab separated, UTF-8 or Windows-1252); - reads standard input"),
          o("--sheet NAME", "arbetsbokens blad att läsa (standard: det första)", "the workbook's sheet to read (default: the first)"),
          o(
            "--into FILE.json", "skriv dokumentet hit (-: standard ut); en befintlig fil behåller alla fält utom deltagarna",
            "write the document here (-: standard output); an existing FILE keeps every field but its participants"),
          o(
            "--db-add", "lagra dokumentet och dess första körning i utvärderingsdatabasen",
            "store the document and its first run in the evaluation database"),
          o(
            "--base FILE.json", "ta övriga fält från detta dokument (standard: filen i --into, om den finns)",
            "take the other fields from this document (default: FILE of --into, when it exists)"),
          o("--name TEXT", "insatsens namn", "the intervention's name"),
          o("--association TEXT", "samordningsförbundet", "the coordination association"),
          o("--cost KR", "insatsens totala kostnad i kronor", "the intervention's total cost in kronor"),
          o(
            "", "--name, --association och --cost krävs för ett nytt dokument; annars ersätter de dokumentets värden",
            "--name, --association and --cost are required for a new document; otherwise they replace the document's values"),
          o("--year YEAR, --period TEXT, --source TEXT", "frivilliga uppgifter: år, period och källa", "optional metadata: year, period and source"),
          o(
            "--model ID|PATH", "modellen vars tillstånd CSV-filen anger (standard: \(model))",
            "the model whose states the CSV names (default: \(model))"),
          shared.lang, shared.db,
        ]
      )
    case .models:
      return (
        sv
          ? "Listar de parameteruppsättningar (modeller) som finns, med prisår och konvention."
          : "Lists the parameter sets (models) found, with price year and convention.", [shared.lang]
      )
    case .modelShow:
      return (
        sv
          ? "Visar varje parameter i en modell, en rad var: sökväg, värde, intervall (lågt–högt), grund (lag, officiell\nstatistik, prislista, härledd, uppskattning), år, dagen den kontrollerades och källan."
          : "Shows every parameter of a model, one row each: its path, value, range (low–high), basis (law, official\nstatistic, price list, derived, estimate), year, the date it was verified and its source.",
        [
          o("ID|PATH", "en modell i Models/ (id) eller en modellfil", "a model in Models/ by id, or a model file"),
          o(
            "--format text|json", "en tabell att läsa (standard), eller samma per parameter som JSON",
            "a table for people (default), or the same per parameter as JSON"), shared.lang,
        ]
      )
    case .dbAdd:
      return (
        sv
          ? "Kontrollerar varje fil och lagrar sedan alla, med sina resultat, i en enda transaktion. Ett dokument som redan\när lagrat avvisas."
          : "Validates every file, then stores all of them and their results in one transaction. A document already stored\nis refused.",
        [
          o("FILE...", "en eller flera utvärderingsfiler; - läser standard in", "one or more evaluation files; - reads standard input"), shared.model,
          shared.lang, shared.db,
        ]
      )
    case .dbList:
      return (
        sv
          ? "Listar lagrade utvärderingar, en rad var (den senaste versionen) med antalet versioner; sammanfattningar är markerade."
          : "Lists stored evaluations, one line each (its latest version) with its number of versions; summary entries are marked.",
        [
          o("--association TEXT", "bara detta samordningsförbunds utvärderingar", "only this coordination association's evaluations"),
          o("--year YEAR", "bara detta år", "only this year"),
          o("--class PREFIX", "bara klassgrupper som börjar med PREFIX", "only class groups that start with PREFIX"), shared.lang, shared.db,
        ]
      )
    case .dbShow:
      return (
        sv
          ? "Visar ett lagrat dokument; med --version N version N av den utvärdering som ID hör till."
          : "Shows one stored document; with --version N, version N of the evaluation that ID belongs to.",
        [
          o("--version N", "versionen att visa: 1, 2, … (standard: ID själv)", "the version to show: 1, 2, … (default: ID itself)"), shared.lang,
          shared.db,
        ]
      )
    case .dbHistory:
      return (
        sv
          ? "Listar varje version av den utvärdering som ID hör till, äldst först, med vad som ändrades i samhällets nyckeltal."
          : "Lists every version of the evaluation ID belongs to, oldest first, with what changed in society's key figures.",
        [shared.lang, shared.db]
      )
    case .dbExport:
      return (
        sv
          ? "Skriver ett lagrat dokument till standard ut, eller alla dokument till DIR som ID.json, exakt som de lades till."
          : "Writes a stored document to standard output, or every document to DIR as ID.json, exactly as it was added.",
        [
          o("--all", "alla lagrade dokument (kräver --out DIR)", "every stored document (needs --out DIR)"),
          o("--out DIR", "mappen som dokumenten skrivs till", "the folder the documents are written to"), shared.lang, shared.db,
        ]
      )
    case .dbRemove:
      return (sv ? "Tar bort en lagrad utvärdering och dess körningar." : "Removes a stored evaluation and its runs.", [shared.lang, shared.db])
    case .batch:
      return (
        sv
          ? "Räknar om varje lagrad utvärdering med en och samma modell (till exempel för att få hela databasen i en\nprisnivå) och lagrar resultaten i en transaktion: en körning som misslyckas eller avbryts lagrar ingenting.\nPå en terminal visas en förloppsrad."
          : "Re-evaluates every stored evaluation under one model (e.g. to put the database at one price level) and stores the\nresults in one transaction: a batch that fails or is interrupted stores nothing. A progress line is shown on a terminal.",
        [shared.model, shared.lang, shared.db] + shared.uncertainty
      )
    case .rank:
      return (
        sv
          ? "Payoffs styrelsetabell (NNS rapportserie 2015:1): insatser med verkningsgrad, återbetalningstid i månader och\nkostnad per verkningsgrad, rangordnade bäst först efter sin senaste version, i prisnivån för --model (standard\n\(model): fullständiga utvärderingar räknas med den, sammanfattningars belopp räknas upp med dess löneindex).\nUtvärderingar där nyckeltalet är odefinierat, eller med ett belopp av okänt prisår (markerat *), kommer sist.\nSammanfattningar är markerade."
          : "The board table of Payoff (NNS rapportserie 2015:1): interventions with verkningsgrad, payback months and cost per\nverkningsgrad, ranked best first by their latest version, at the price year of --model (default \(model): full\nevaluations computed under it, summary entries' amounts uprated by its wage index). Evaluations where the figure is\nundefined, or an amount whose price year is unknown (marked *), come last. Summary entries are marked.",
        [
          o(
            "--by FIGURE", "nyckeltalet att rangordna efter (standard: \(KeyFigure.verkningsgrad.optionName))",
            "the key figure to rank by (default: \(KeyFigure.verkningsgrad.optionName))"),
          shared.classPrefix, shared.tableFormat, shared.csvDialect, shared.csvHeaders, shared.lang, shared.model, shared.out, shared.db,
        ]
      )
    case .compare:
      return (
        sv
          ? "Räknar om de lagrade utvärderingarna med en modell (så att alla har samma prisnivå) och visar deras nyckeltal\nper deltagare sida vid sida, för samhället, den offentliga sektorn och varje aktör. Sammanfattningar har bara\nsamhällets nyckeltal."
          : "Re-evaluates the stored evaluations under one model (so that all are at one price level) and shows their key figures\nper participant side by side, for society, the public sector and each actor. Summary entries have society's figures only.",
        [
          o("ID...", "de lagrade utvärderingarnas id", "the stored evaluations' ids"), shared.model, shared.tableFormat, shared.csvDialect,
          shared.csvHeaders,
          shared.lang, shared.out, shared.db,
        ]
      )
    case .norms:
      return (
        sv
          ? "Per klassgrupp: antal, medelvärde, median, minsta, största och standardavvikelse för varje nyckeltal över den\nsenaste körningen av varje lagrad utvärdering (sammanfattningar inräknade). Med --id visas den utvärderingens\nnyckeltal bredvid medelvärdet för dess jämförelsegrupp och bredvid riksreferensen, med avvikelsen.\nJämförelsegruppen är klassgruppen när den har minst --min-peers andra utvärderingar (standard: modellens\ncomparison.minimumPeers, 5), annars den första bredare grupp som har det (mål + metod + resurser, sedan mål +\nmetod, sedan alla). Allt jämförs i prisåret för --model (standard \(model)): fullständiga utvärderingar räknas med\nmodellen, sammanfattningars belopp räknas upp med dess löneindex; belopp av okänt prisår flaggas och lämnas\nutanför medelvärdena. Kvoter behöver ingen uppräkning."
          : "Per classification group: the count, mean, median, minimum, maximum and standard deviation of each key figure over\nthe latest run of every stored evaluation (summary entries included). With --id, that evaluation's figures beside\nthe mean of its peer group and beside the national reference, with the deviation. The peer group is its class\ngroup when that holds at least --min-peers other evaluations (default: the model's comparison.minimumPeers, 5),\notherwise the first broader group that does (aim + method + resources, then aim + method, then all). Everything\nis compared at the price year of --model (default \(model)): full evaluations are computed under it, summary\nentries' amounts uprated by its wage index; amounts of unknown price year are flagged and left out of means.\nRatios need no uprating.",
        [
          o("--id ID", "en lagrad utvärdering att jämföra med sin grupp", "a stored evaluation to compare with its group"), shared.classPrefix,
          shared.tableFormat, shared.csvDialect, shared.csvHeaders, shared.lang, shared.model,
          o(
            "--min-peers N", "minsta antal andra utvärderingar i jämförelsegruppen, 1–1000",
            "the least number of other evaluations in the peer group, 1–1000"),
          shared.out, shared.db,
        ]
      )
    case .report:
      return (
        sv
          ? "Skriver rapporten som en styrelse läser: sammanfattning med metodanmärkning, nyckeltal per perspektiv,\npotential före och efter, intäkter per aktör, återbetalningskurvan, känslighetsanalyser, jämförelse med\nliknande lagrade utvärderingar, fördelning efter deltagarnas egenskaper och varje modellparameter med sin\nkälla. HTML-filen är en fristående fil som kan skrivas ut på A4; Markdown ger samma innehåll som tabeller."
          : "Writes the report a board reads: summary with the method note, key figures per perspective,\npotential before and after, revenue per actor, the payback curve, sensitivity analyses,\ncomparison with similar stored evaluations, breakdowns by participant attributes, and every\nmodel parameter with its source. The HTML is one self-contained file that\nprints on A4; Markdown gives the same content as tables.",
        [
          o(
            "FILE", "en utvärderingsfil (JSON enligt indataformatet); - läser standard in",
            "an evaluation input file (JSON, as in the input format); - reads standard input"),
          o("--id ID", "i stället för FILE: en utvärdering lagrad i databasen", "instead of FILE: an evaluation stored in the database"),
          o(
            "--format html|md|pdf", "en HTML-fil (standard), Markdown-tabeller eller en PDF som Chromium skriver ut (utan fönster)",
            "one HTML file (default), Markdown tables, or a PDF printed by headless Chromium"),
          o(
            "--out PATH", "skriv till en fil (-: standard ut; utelämnad: rapport-NAMN.html här på en terminal, annars standard ut)",
            "write to a file (-: standard output; none: rapport-NAME.html here on a terminal, else standard output)"),
          shared.lang, shared.model, shared.convention,
          Option(
            name: shared.db.name,
            meaning: shared.db.meaning
              + (sv
                ? ";\njämförelsen använder den när den finns och har utvärderingar i samma klassgrupp"
                : ";\nthe comparison uses it when it exists and holds evaluations of the same class group")),
        ] + shared.forecast + [
          o(
            "--min-group N",
            "fördelningar efter kön, ålder, utbildning och hushåll döljer grupper med färre än N\ndeltagare (standard \(GroupSuppression.defaultMinimum)), så att ingen kan pekas ut",
            "breakdowns by sex, age, education and household hide groups of fewer than N\nparticipants (default \(GroupSuppression.defaultMinimum)), so no one can be singled out"
          )
        ] + shared.uncertainty
      )
    case .portfolio:
      return (
        sv
          ? "Samordningsförbundets år (den senaste versionen av varje lagrad utvärdering för förbundet och året) och dess\nsumma: deltagare efter kön, kostnad, samhällets intäkt och lönsamhet, verkningsgrad och återbetalningstid, var och\nen mot riksreferensen (NNS rapportserie 2015:1); stödformer före och efter; avslutsorsaker 1–3 enligt SUS.\nGrupper med färre än \(GroupSuppression.defaultMinimum) döljs. Belopp i prisåret för --model (standard \(model))."
          : "The association's year (the latest version of each stored evaluation of the association and year) and its total:\nparticipants by sex, cost, society's revenue and profitability, verkningsgrad, payback, each against the national\nreference (NNS 2015:1); support states before and after; SUS's exit reasons 1–3. Groups of fewer than\n\(GroupSuppression.defaultMinimum) are hidden. Amounts at the price year of --model (default \(model)).",
        [
          o("--association NAME", "samordningsförbundet (krävs)", "the coordination association (required)"),
          o("--year YEAR", "året, till exempel 2024 (krävs)", "the year, such as 2024 (required)"),
          o(
            "--format html|md|csv|xlsx", "en HTML-fil (standard), Markdown, eller tabellen som CSV eller .xlsx-arbetsbok",
            "one HTML file (default), Markdown, or the table as CSV or an .xlsx workbook"),
          shared.out, shared.model, shared.lang, shared.csvDialect, shared.csvHeaders, shared.db,
        ]
      )
    }
  }

  /// The options several commands share.
  struct SharedOptions {
    var l: Language
    func o(_ name: String, _ sv: String, _ en: String) -> Option { Option(name: name, meaning: l == .sv ? sv : en) }
    var model: Option {
      o(
        "--model ID|PATH", "en modell i Models/ (id) eller en modellfil (standard: \(ModelLibrary.defaultModelID))",
        "a model in Models/ by id, or a model file (default: \(ModelLibrary.defaultModelID))")
    }
    var db: Option {
      o(
        "--db PATH", "databasen (standard: $SAMNYTTA_DB, annars ~/.local/share/samnytta/evaluations.sqlite)",
        "the database (default: $SAMNYTTA_DB, else ~/.local/share/samnytta/evaluations.sqlite)")
    }
    var lang: Option {
      o(
        "--lang sv|en", "språk för utdata och meddelanden (standard: SAMNYTTA_LANG, annars sv)",
        "language of output and messages (default: SAMNYTTA_LANG, else sv)")
    }
    var out: Option {
      o(
        "--out PATH", "skriv till en fil i stället för standard ut (-: standard ut)",
        "write to a file instead of standard output (-: standard output)")
    }
    var classPrefix: Option {
      o("--class PREFIX", "bara klassgrupper som börjar med PREFIX", "only class groups that start with PREFIX")
    }
    var tableFormat: Option {
      o(
        "--format text|json|csv|xlsx", "en tabell att läsa (standard), stabil JSON, CSV eller en .xlsx-arbetsbok",
        "a table for people (default), stable JSON, CSV or an .xlsx workbook")
    }
    var csvDialect: Option {
      o(
        "--csv-dialect " + CSVDialect.allCases.map(\.rawValue).joined(separator: "|"), "med --format csv; standard excel: ';', decimalkomma, BOM",
        "with --format csv; default excel: ';', decimal comma, BOM")
    }
    var csvHeaders: Option {
      o(
        "--csv-headers " + CSVHeaders.allCases.map(\.rawValue).joined(separator: "|"),
        "csv/xlsx: rubriker och ord i cellerna på språket i --lang (standard), eller de engelska maskinnycklarna för skript",
        "csv/xlsx: headers and cell words in --lang (default), or the English machine keys for scripts")
    }
    var convention: Option {
      o(
        "--convention " + SocietyConvention.allCases.map(\.rawValue).joined(separator: "|"),
        "samhällets konvention (standard: modellens): Payoff-kompatibel, eller strikt välfärdsekonomisk",
        "society's convention (default: the model's): Payoff-compatible, or strict welfare")
    }
    var forecast: [Option] {
      [
        o(
          "--drop-off PCT", "5-årsprognos: effektens årliga bortfall i procent (standard 0)",
          "5-year forecast: annual drop-off of the effect, percent (default 0)"),
        o(
          "--discount-rate PCT", "5-årsprognos: årlig diskonteringsränta i procent (standard 0)",
          "5-year forecast: annual discount rate, percent (default 0)"),
        o(
          "--external-factors PCT", "känslighetsanalys: andel av intäkterna som beror på andra orsaker (standard: modellens)",
          "sensitivity: share of revenue attributed to other causes (default: the model's)"),
      ]
    }
    var uncertainty: [Option] {
      [
        o(
          "--uncertainty", "intervall från bootstrap över deltagarna och modellens parameterintervall",
          "intervals from the participant bootstrap and the model's parameter ranges"),
        o(
          "--draws N",
          "med --uncertainty: dragningar per källa (standard \(UncertaintySettings.defaultDraws), högst \(UncertaintySettings.maximumDraws))",
          "with --uncertainty: draws per source (default \(UncertaintySettings.defaultDraws), at most \(UncertaintySettings.maximumDraws))"),
        o(
          "--seed S", "med --uncertainty: slumpfröet, ett heltal (standard \(UncertaintySettings.defaultSeed)); samma frö ger samma byte",
          "with --uncertainty: the random seed, a whole number (default \(UncertaintySettings.defaultSeed)); the same seed gives the same bytes"),
        o(
          "--level PCT",
          "med --uncertainty: intervallets täckning i procent, över 0 och under 100 (standard \(Int(UncertaintySettings.defaultLevel)))",
          "with --uncertainty: the interval's coverage in percent, above 0 and below 100 (default \(Int(UncertaintySettings.defaultLevel)))"),
      ]
    }
  }
}
