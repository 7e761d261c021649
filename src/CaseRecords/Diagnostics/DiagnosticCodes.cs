namespace CaseRecords.Diagnostics;

/// <summary>
/// Every rule the loader reports, by stable code. Loader codes are CR1xxx. Codes are never reused or renamed;
/// docs/diagnostics.md lists each with its severity and fix.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>CR1001: the file is not well-formed JSON.</summary>
    public static readonly DiagnosticDescriptor InvalidJson = new("CR1001", DiagnosticSeverity.Error, "Malformed JSON",
        "Fix the JSON syntax at the position given: a missing comma, quote or bracket, a comment, a trailing comma or invalid UTF-8.");

    /// <summary>CR1002: the format version is missing or not supported.</summary>
    public static readonly DiagnosticDescriptor UnsupportedFormatVersion = new("CR1002", DiagnosticSeverity.Error, "Missing or unsupported format version",
        "Begin the file with \"formatVersion\": \"1.0\"; this version of CaseRecords reads format 1.0.");

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

    /// <summary>Every loader rule, in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        InvalidJson, UnsupportedFormatVersion, UnknownProperty, DuplicateProperty, WrongType, MissingProperty, NullValue,
        EmptyValue, InvalidDate, UnsupportedDate, InvalidValue, UncitedClaim, EmptyFact, PathOutsideDataset,
        SourceTextMissing, SourceTextNotUtf8, FileUnreadable, FileTooLarge, TooDeep, NoRecordFiles,
    ];
}
