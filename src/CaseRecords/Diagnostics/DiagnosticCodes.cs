namespace CaseRecords.Diagnostics;

/// <summary>
/// Every rule the loader and the validator report, by stable code: loader codes are CR1xxx, validator codes
/// CR2xxx. Codes are never reused or renamed;
/// docs/diagnostics.md lists each with its severity and fix.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>CR1001: the file is not well-formed JSON.</summary>
    public static readonly DiagnosticDescriptor InvalidJson = new("CR1001", DiagnosticSeverity.Error, "Malformed JSON",
        "Fix the JSON syntax at the position given: a missing comma, quote or bracket, a comment, a trailing comma or invalid UTF-8.");

    /// <summary>CR1002: the format version is missing or not supported.</summary>
    public static readonly DiagnosticDescriptor UnsupportedFormatVersion = new("CR1002", DiagnosticSeverity.Error, "Missing or unsupported format version",
        "Begin the file with \"formatVersion\": \"1.1\"; this version of CaseRecords reads formats 1.0 and 1.1 and writes 1.1.");

    /// <summary>CR1003: a property that the format does not define.</summary>
    public static readonly DiagnosticDescriptor UnknownProperty = new("CR1003", DiagnosticSeverity.Error, "Unknown property",
        "Remove the property or correct its spelling (property names are camelCase and case-sensitive); see docs/format.md.");

    /// <summary>CR1004: a property given twice in one object.</summary>
    public static readonly DiagnosticDescriptor DuplicateProperty = new("CR1004", DiagnosticSeverity.Error, "Duplicate property",
        "Keep one of the two values; a JSON object may name each property once.");

    /// <summary>CR1005: a value of the wrong JSON type.</summary>
    public static readonly DiagnosticDescriptor WrongType = new("CR1005", DiagnosticSeverity.Error, "Wrong type",
        "Give a value of the type the format expects at this place (string, number, array or object).");

    /// <summary>CR1006: a required property is missing.</summary>
    public static readonly DiagnosticDescriptor MissingProperty = new("CR1006", DiagnosticSeverity.Error, "Missing required property",
        "Add the property; the message names it.");

    /// <summary>CR1007: null where a value is required, including null list elements.</summary>
    public static readonly DiagnosticDescriptor NullValue = new("CR1007", DiagnosticSeverity.Error, "Null value",
        "Replace null with a value, or remove the element or property.");

    /// <summary>CR1008: a text value that is empty or only white space.</summary>
    public static readonly DiagnosticDescriptor EmptyValue = new("CR1008", DiagnosticSeverity.Error, "Empty value",
        "Give a non-empty value, or remove the property if it is optional.");

    /// <summary>CR1009: a date that is not valid EDTF or not a real calendar date.</summary>
    public static readonly DiagnosticDescriptor InvalidDate = new("CR1009", DiagnosticSeverity.Error, "Invalid date",
        "Write the date in EDTF level 0 or 1 (\"1991-05-27\", \"1991-05\", \"199X~\", \"2005/2009\") with a real calendar day; see docs/format.md.");

    /// <summary>CR1010: a date in EDTF level 2, which CaseRecords does not support.</summary>
    public static readonly DiagnosticDescriptor UnsupportedDate = new("CR1010", DiagnosticSeverity.Error, "Unsupported date notation",
        "Rewrite the date in EDTF level 0 or 1, or as \"[start..end]\" for one moment inside a span; keep the source's wording in asStated.");

    /// <summary>CR1011: a value outside the values the format allows (an enum name, an id, a hash, a currency).</summary>
    public static readonly DiagnosticDescriptor InvalidValue = new("CR1011", DiagnosticSeverity.Error, "Invalid value",
        "Use one of the allowed values; the message lists them or states the rule.");

    /// <summary>CR1012: a claim with no citation.</summary>
    public static readonly DiagnosticDescriptor UncitedClaim = new("CR1012", DiagnosticSeverity.Error, "Claim without citation",
        "Add a citation with the source id and the verbatim quote that supports the claim, or remove the claim: every claim is cited.");

    /// <summary>CR1013: a fact with no value part.</summary>
    public static readonly DiagnosticDescriptor EmptyFact = new("CR1013", DiagnosticSeverity.Error, "Fact without value",
        "Give the fact at least one of text, date, place, quantity, money or related.");

    /// <summary>CR1014: a source text path that leaves the dataset folder.</summary>
    public static readonly DiagnosticDescriptor PathOutsideDataset = new("CR1014", DiagnosticSeverity.Error, "Path leaves the dataset folder",
        "Store the source text inside the dataset folder and give its path relative to that folder, with '/' separators and no '..'.");

    /// <summary>CR1015: a source text file that cannot be found or read.</summary>
    public static readonly DiagnosticDescriptor SourceTextMissing = new("CR1015", DiagnosticSeverity.Error, "Source text missing",
        "Put the source's text file at the path given in \"text\", or correct the path.");

    /// <summary>CR1016: a source text that is not valid UTF-8.</summary>
    public static readonly DiagnosticDescriptor SourceTextNotUtf8 = new("CR1016", DiagnosticSeverity.Error, "Source text is not UTF-8",
        "Convert the source text to UTF-8 and update its sha256.");

    /// <summary>CR1017: a file that cannot be read.</summary>
    public static readonly DiagnosticDescriptor FileUnreadable = new("CR1017", DiagnosticSeverity.Error, "File cannot be read",
        "Check that the file exists, is a file and not a folder, and is readable.");

    /// <summary>CR1018: a file larger than the loader's limit.</summary>
    public static readonly DiagnosticDescriptor FileTooLarge = new("CR1018", DiagnosticSeverity.Error, "File too large",
        "Split the records into several files, or raise LoadOptions.MaxFileBytes if the file is trusted.");

    /// <summary>CR1019: JSON nested deeper than the loader's limit.</summary>
    public static readonly DiagnosticDescriptor TooDeep = new("CR1019", DiagnosticSeverity.Error, "JSON nested too deeply",
        "The format never nests deeper than a few levels; check the file for runaway brackets.");

    /// <summary>CR1020: a folder with no record files.</summary>
    public static readonly DiagnosticDescriptor NoRecordFiles = new("CR1020", DiagnosticSeverity.Warning, "No record files",
        "Put record files (*.json) in the folder, or point the loader at the right folder.");

    /// <summary>CR1021: a period whose end lies before its start.</summary>
    public static readonly DiagnosticDescriptor ReversedInterval = new("CR1021", DiagnosticSeverity.Error, "Interval ends before it starts",
        "Swap the two ends of the period (\"2005/2009\", not \"2009/2005\"), or check the dates against the source.");

    /// <summary>CR1022: more sources and entities than the loader's limit.</summary>
    public static readonly DiagnosticDescriptor TooManyRecords = new("CR1022", DiagnosticSeverity.Error, "Too many records",
        "Split the dataset, or raise LoadOptions.MaxRecords if the input is trusted.");

    /// <summary>CR1023: more problems in one file than the loader reports.</summary>
    public static readonly DiagnosticDescriptor TooManyProblems = new("CR1023", DiagnosticSeverity.Error, "Too many problems",
        "Fix the problems listed first and load again; the file is probably not a CaseRecords record file.");

    /// <summary>CR1024: a string longer than the loader's limit.</summary>
    public static readonly DiagnosticDescriptor StringTooLong = new("CR1024", DiagnosticSeverity.Error, "String too long",
        "Shorten the value (quotes should be a passage, not a whole text), or raise LoadOptions.MaxStringLength if the input is trusted.");

    /// <summary>CR2001: a quote that does not occur in the cited source's text.</summary>
    public static readonly DiagnosticDescriptor QuoteNotFound = new("CR2001", DiagnosticSeverity.Error, "Quote not found in its source",
        "Copy the quote exactly from the source's stored text (only white-space runs, typographic quotes, apostrophes and dashes are folded), or cite the source that contains it.");

    /// <summary>CR2002: a citation of a source id that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownSource = new("CR2002", DiagnosticSeverity.Error, "Citation of an unknown source",
        "Cite the id of a source defined in \"sources\", or add the source.");

    /// <summary>CR2003: a source whose stored text is not available, so its quotes cannot be checked.</summary>
    public static readonly DiagnosticDescriptor SourceTextUnavailable = new("CR2003", DiagnosticSeverity.Error, "Source text unavailable",
        "Provide the source's stored text at the path in \"text\"; until then none of its quotes can be checked.");

    /// <summary>CR2004: a stored text whose SHA-256 differs from the one recorded.</summary>
    public static readonly DiagnosticDescriptor HashMismatch = new("CR2004", DiagnosticSeverity.Error, "Source text changed",
        "The stored text is not the one the records were written against: restore the original text, or re-check every quote and record the new SHA-256.");

    /// <summary>CR2005: an as-stated wording that does not occur inside any of the claim's quotes.</summary>
    public static readonly DiagnosticDescriptor AsStatedNotQuoted = new("CR2005", DiagnosticSeverity.Error, "As-stated wording not in the quote",
        "Make asStated a passage of one of the claim's quotes (the source's own words for the value), or extend the quote.");

    /// <summary>CR2006: a date more precise than the words quoted for it.</summary>
    public static readonly DiagnosticDescriptor DateTooPrecise = new("CR2006", DiagnosticSeverity.Warning, "Date more precise than its evidence",
        "Lower the date's precision to what the quote states (\"1991-05\" for \"May 1991\"), or quote the words that give the day, month or year.");

    /// <summary>CR2007: an id used by two sources or entities.</summary>
    public static readonly DiagnosticDescriptor DuplicateId = new("CR2007", DiagnosticSeverity.Error, "Duplicate id",
        "Give each source and entity its own id; merge the two records if they describe the same thing.");

    /// <summary>CR2008: a reference to an id that does not exist.</summary>
    public static readonly DiagnosticDescriptor DanglingReference = new("CR2008", DiagnosticSeverity.Error, "Reference to a missing id",
        "Correct the id, or add the person, organization, incident, proceeding or source it names.");

    /// <summary>CR2009: a reference to an entity of the wrong kind.</summary>
    public static readonly DiagnosticDescriptor WrongReferenceKind = new("CR2009", DiagnosticSeverity.Error, "Reference to the wrong kind of entity",
        "Forums are organizations, concerns are incidents, reviews and follows are proceedings, participants and parties are persons or organizations.");

    /// <summary>CR2010: proceedings that review or follow each other in a cycle.</summary>
    public static readonly DiagnosticDescriptor ProceedingCycle = new("CR2010", DiagnosticSeverity.Error, "Cycle in a proceeding chain",
        "A proceeding cannot (indirectly) review or follow itself; remove the link that closes the cycle.");

    /// <summary>CR2011: a proceeding decided before it was filed.</summary>
    public static readonly DiagnosticDescriptor DecidedBeforeFiled = new("CR2011", DiagnosticSeverity.Error, "Decided before filed",
        "Check both dates against their sources; if the sources disagree, rank one version.");

    /// <summary>CR2012: an event dated before the birth of someone who took part.</summary>
    public static readonly DiagnosticDescriptor BeforeBirth = new("CR2012", DiagnosticSeverity.Error, "Event before a participant's birth",
        "Check the event's date, the birth date and the participant against their sources.");

    /// <summary>CR2013: two conflicting claims both ranked preferred.</summary>
    public static readonly DiagnosticDescriptor ConflictingPreferred = new("CR2013", DiagnosticSeverity.Error, "Conflicting claims both preferred",
        "Prefer at most one version of a disagreement; rank the others normal or deprecated, with a note saying why.");

    /// <summary>CR2014: sources disagree and no version is preferred.</summary>
    public static readonly DiagnosticDescriptor UnresolvedConflict = new("CR2014", DiagnosticSeverity.Information, "Sources disagree",
        "Nothing to fix: the versions are kept side by side. If a source gives a reason to prefer one, rank it preferred with a note.");

    /// <summary>CR2015: a claim backed by fewer than two independent sources (one, or only relayed reports).</summary>
    public static readonly DiagnosticDescriptor SingleSource = new("CR2015", DiagnosticSeverity.Information, "Claim rests on a single source or only on relayed reports",
        "Nothing to fix: the message gives the corroboration count (relayed citations are not counted as independent). Cite further first-hand sources that state the same fact if they exist.");

    /// <summary>CR2016: a source that no claim cites.</summary>
    public static readonly DiagnosticDescriptor UnusedSource = new("CR2016", DiagnosticSeverity.Information, "Source not cited",
        "Cite the source from the claims it supports, or remove it.");

    /// <summary>CR2017: a waiver that matched no diagnostic.</summary>
    public static readonly DiagnosticDescriptor UnusedWaiver = new("CR2017", DiagnosticSeverity.Warning, "Waiver matches nothing",
        "Remove the waiver, or correct its code, entity id or JSON Pointer.");

    /// <summary>CR2018: a date that every date its quotes state contradicts.</summary>
    public static readonly DiagnosticDescriptor DateContradicted = new("CR2018", DiagnosticSeverity.Error, "Date contradicts its quotes",
        "Correct the date to the one the quote states, or cite the passage that states this date; the message names the date the quote gives.");

    /// <summary>CR2019: a date that neither its quotes nor its as-stated wording state.</summary>
    public static readonly DiagnosticDescriptor DateNotStated = new("CR2019", DiagnosticSeverity.Warning, "Date not stated in its quotes",
        "Quote the words that state the date (\"in May 1991\", \"the late 90s\"), or give them in asStated if they are in the quote.");

    /// <summary>CR2020: a quantity or amount of money that no quote states.</summary>
    public static readonly DiagnosticDescriptor AmountNotStated = new("CR2020", DiagnosticSeverity.Warning, "Amount not stated in its quotes",
        "Quote the words that state the number (\"two officers\", \"$55,000\", \"a dozen\"), or correct the amount to the one the quote states.");

    /// <summary>CR2021: a name that no quote of its claim states.</summary>
    public static readonly DiagnosticDescriptor NameNotStated = new("CR2021", DiagnosticSeverity.Error, "Name not stated in its quotes",
        "Quote the words that give the name (spelled as the source spells it). A title you wrote for an incident or proceeding is its \"label\", not a name.");

    /// <summary>CR2022: a person or organization referred to that no quote of the claim names.</summary>
    public static readonly DiagnosticDescriptor ReferenceNotNamed = new("CR2022", DiagnosticSeverity.Warning, "Person or organization not named in its quotes",
        "Quote the words that name them (a name, a surname, a short name they have), add a citation that names them, or mark the claim inferred with \"inferredFrom\".");

    /// <summary>CR2023: a place whose significant words its quotes do not state.</summary>
    public static readonly DiagnosticDescriptor PlaceNotStated = new("CR2023", DiagnosticSeverity.Warning, "Place not stated in its quotes",
        "Quote the words that give the place, give only what the quotes say, or mark the claim inferred with \"inferredFrom\".");

    /// <summary>CR2024: a free-text value whose words barely occur in its quotes.</summary>
    public static readonly DiagnosticDescriptor TextBarelySupported = new("CR2024", DiagnosticSeverity.Information, "Text barely supported by its quotes",
        "Check that the quotes say what the text says; quote the passage it summarizes, or word the text closer to it.");

    /// <summary>CR2025: a form (short, nickname) on a claim that is not a name.</summary>
    public static readonly DiagnosticDescriptor FormOutsideNames = new("CR2025", DiagnosticSeverity.Error, "Name form on a claim that is not a name",
        "Remove \"form\": only claims in a \"names\" list are full names, short forms or nicknames.");

    /// <summary>Every rule, in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        InvalidJson, UnsupportedFormatVersion, UnknownProperty, DuplicateProperty, WrongType, MissingProperty, NullValue,
        EmptyValue, InvalidDate, UnsupportedDate, InvalidValue, UncitedClaim, EmptyFact, PathOutsideDataset,
        SourceTextMissing, SourceTextNotUtf8, FileUnreadable, FileTooLarge, TooDeep, NoRecordFiles, ReversedInterval,
        TooManyRecords, TooManyProblems, StringTooLong,
        QuoteNotFound, UnknownSource, SourceTextUnavailable, HashMismatch, AsStatedNotQuoted, DateTooPrecise, DuplicateId,
        DanglingReference, WrongReferenceKind, ProceedingCycle, DecidedBeforeFiled, BeforeBirth, ConflictingPreferred,
        UnresolvedConflict, SingleSource, UnusedSource, UnusedWaiver, DateContradicted, DateNotStated, AmountNotStated,
        NameNotStated, ReferenceNotNamed, PlaceNotStated, TextBarelySupported, FormOutsideNames,
    ];

    /// <summary>Finds a rule by its code.</summary>
    /// <param name="code">The code, for example "CR2001".</param>
    /// <returns>The rule, or <see langword="null"/> when no rule has that code.</returns>
    public static DiagnosticDescriptor? Find(string code) => All.FirstOrDefault(d => string.Equals(d.Code, code, StringComparison.Ordinal));
}
