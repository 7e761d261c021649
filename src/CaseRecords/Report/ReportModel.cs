using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using CaseRecords.Diagnostics;
using CaseRecords.Reading;
using CaseRecords.Validation;

namespace CaseRecords.Report;

/// <summary>
/// What the page needs, worked out once from the dataset and the validator's report: an anchor for every entity and
/// claim, where each quote is in its source (the validator's <see cref="QuoteMatch"/> spans), the words that state each
/// value (<see cref="Evidence.Support"/>), the findings on each claim (by JSON Pointer), the markings, and what is
/// sensitive.
/// </summary>
internal sealed class ReportModel
{
    private readonly Dictionary<Entity, int> entityIndex = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ClaimKey, int> claimIndex = [];
    private readonly Dictionary<string, int> sourceIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Person> persons = new(StringComparer.Ordinal);

    public ReportModel(CaseDataset dataset, ValidationReport validation, CaseReportOptions options)
    {
        Dataset = dataset;
        Validation = validation;
        Options = options;
        Claims = dataset.Claims;
        Entities = dataset.Entities;
        Sources = dataset.Sources;
        for (var i = 0; i < Entities.Count; i++)
        {
            entityIndex.TryAdd(Entities[i], i);
        }

        for (var i = 0; i < Sources.Count; i++)
        {
            sourceIndex.TryAdd(Sources[i].Id, i);
        }

        foreach (var person in dataset.Persons)
        {
            persons.TryAdd(person.Id, person);
        }

        SensitivePersons = dataset.Persons.Where(p => p.Sensitivity != Sensitivity.None).ToHashSet<Entity>(ReferenceEqualityComparer.Instance);
        SensitiveNames = NamesOf(dataset.Persons);

        var matches = new Dictionary<(string Subject, string Pointer), TextSpan>();
        foreach (var match in validation.Quotes)
        {
            matches.TryAdd((match.Subject, match.JsonPointer), match.Span);
        }

        Info = new ClaimInfo[Claims.Count];
        var pointers = new Dictionary<(string File, string Pointer), Target>();
        var entityPointer = new Dictionary<Entity, (string File, string Pointer, Serialization.FileLayout Layout)>(ReferenceEqualityComparer.Instance);
        foreach (var file in dataset.Files)
        {
            var layout = dataset.LayoutOf(file);
            for (var i = 0; i < file.Sources.Count; i++)
            {
                var source = file.Sources[i];
                if (sourceIndex.TryGetValue(source.Id, out var s))
                {
                    pointers.TryAdd((file.Path, $"/{RecordFormat.File[FileField.Sources]}/{layout.IndexOf(source, i)}"), new Target(TargetKind.Source, s));
                }
            }

            AddEntities(file.Persons, FileField.Persons);
            AddEntities(file.Organizations, FileField.Organizations);
            AddEntities(file.Incidents, FileField.Incidents);
            AddEntities(file.Proceedings, FileField.Proceedings);

            void AddEntities<T>(EquatableArray<T> list, FileField field)
                where T : Entity
            {
                for (var i = 0; i < list.Count; i++)
                {
                    var pointer = $"/{RecordFormat.File[field]}/{layout.IndexOf(list[i], i)}";
                    entityPointer.TryAdd(list[i], (file.Path, pointer, layout));
                    if (entityIndex.TryGetValue(list[i], out var e))
                    {
                        pointers.TryAdd((file.Path, pointer), new Target(TargetKind.Entity, e));
                    }
                }
            }
        }

        var single = dataset.SingleSourceClaims().Select(Key).ToHashSet();
        for (var n = 0; n < Claims.Count; n++)
        {
            var entry = Claims[n];
            claimIndex.TryAdd(Key(entry), n);
            var claim = entry.Claim;
            var (file, subjectPointer, layout) = entityPointer.GetValueOrDefault(entry.Subject, (string.Empty, string.Empty, Serialization.FileLayout.None));
            var pointer = $"{subjectPointer}/{entry.Property}/{layout.IndexOf(claim, entry.Index)}";
            pointers.TryAdd((file, pointer), new Target(TargetKind.Claim, n));
            var evidence = dataset.EvidenceFor(claim);
            var spans = new TextSpan?[claim.Citations.Count];
            for (var k = 0; k < spans.Length; k++)
            {
                spans[k] = matches.TryGetValue((entry.Subject.Id, $"{pointer}/citations/{layout.IndexOf(claim.Citations[k], k)}"), out var span) ? span : null;
            }

            Info[n] = new ClaimInfo(n, entry, WhySensitive(entry), spans, [.. evidence.Select(e => e.Support)], single.Contains(Key(entry)));
        }

        // Findings go to the claim, entity or source their JSON Pointer is in (the longest prefix that names one).
        foreach (var diagnostic in validation.Diagnostics)
        {
            if (diagnostic.Code == DiagnosticCodes.UnresolvedConflict.Code || diagnostic.Code == DiagnosticCodes.SingleSource.Code)
            {
                continue; // shown as markings: "sources disagree", "single source"
            }

            var target = Locate(diagnostic, pointers);
            switch (target?.Kind)
            {
                case TargetKind.Claim:
                    Info[target.Value.Index].Findings.Add(diagnostic);
                    break;
                case TargetKind.Entity:
                    EntityFindings.GetOrAdd(target.Value.Index).Add(diagnostic);
                    break;
                case TargetKind.Source:
                    SourceFindings.GetOrAdd(target.Value.Index).Add(diagnostic);
                    break;
                default:
                    OtherFindings.Add(diagnostic);
                    break;
            }
        }

        for (var c = 0; c < validation.Conflicts.Count; c++)
        {
            foreach (var version in validation.Conflicts[c].Versions)
            {
                foreach (var entry in version.Claims)
                {
                    if (IndexOf(entry) is { } n && !Info[n].Conflicts.Contains(c))
                    {
                        Info[n].Conflicts.Add(c);
                    }
                }
            }
        }

        Texts = new string?[Sources.Count];
        Hidden = new List<(int Start, int Length)>[Sources.Count];
        for (var s = 0; s < Sources.Count; s++)
        {
            Texts[s] = dataset.GetText(Sources[s])?.Text;
            Hidden[s] = [];
            if (Texts[s] is { } text && SensitiveNames is not null)
            {
                Hidden[s].AddRange(NamesIn(text));
            }
        }

        foreach (var info in Info.Where(i => i.Sensitive))
        {
            var citations = info.Entry.Claim.Citations;
            for (var k = 0; k < citations.Count; k++)
            {
                if (info.Spans[k] is { } span && sourceIndex.TryGetValue(citations[k].Source, out var s) && Texts[s] is { } text && span.Start + span.Length <= text.Length)
                {
                    Hidden[s].Add((span.Start, span.Length));
                }
            }
        }

        for (var s = 0; s < Sources.Count; s++)
        {
            Hidden[s] = Merge(Hidden[s]);
            if (Omit && Texts[s] is { } text && Hidden[s].Count > 0)
            {
                Texts[s] = Blank(text, Hidden[s]);
                Hidden[s] = [];
            }
        }
    }

    private enum TargetKind
    {
        Claim,
        Entity,
        Source,
    }

    public CaseDataset Dataset { get; }

    public ValidationReport Validation { get; }

    public CaseReportOptions Options { get; }

    public bool Omit => Options.Sensitive == SensitiveContent.Omit;

    public IReadOnlyList<ClaimEntry> Claims { get; }

    public IReadOnlyList<Entity> Entities { get; }

    public IReadOnlyList<Source> Sources { get; }

    public ClaimInfo[] Info { get; }

    /// <summary>Each source's text as the page holds it: as stored, or with the sensitive passages blanked out (<see cref="SensitiveContent.Omit"/>).</summary>
    public string?[] Texts { get; }

    /// <summary>Each source's sensitive passages, withheld until revealed (<see cref="SensitiveContent.Redact"/>): sorted, not overlapping.</summary>
    public List<(int Start, int Length)>[] Hidden { get; }

    public HashSet<Entity> SensitivePersons { get; }

    /// <summary>The names of sensitive persons, and the words of them that name no one else; null when no one is sensitive.</summary>
    public Regex? SensitiveNames { get; }

    public Dictionary<int, List<Diagnostic>> EntityFindings { get; } = [];

    public Dictionary<int, List<Diagnostic>> SourceFindings { get; } = [];

    public List<Diagnostic> OtherFindings { get; } = [];

    public int? IndexOf(Entity entity) => entityIndex.TryGetValue(entity, out var n) ? n : null;

    public int? IndexOf(ClaimEntry entry) => claimIndex.TryGetValue(Key(entry), out var n) ? n : null;

    public int? SourceIndexOf(string id) => sourceIndex.TryGetValue(id, out var n) ? n : null;

    public Entity? Resolve(string id) => Dataset.TryGet(id, out var entity) ? entity : null;

    /// <summary>Whether a person is marked sensitive (and so left out with <see cref="SensitiveContent.Omit"/>).</summary>
    public bool IsSensitive(Entity entity) => SensitivePersons.Contains(entity);

    /// <summary>Whether the page leaves the claim out.</summary>
    public bool Left(int claim) => Omit && Info[claim].Sensitive;

    /// <summary>Whether the page leaves the entity out.</summary>
    public bool Left(Entity entity) => Omit && IsSensitive(entity);

    /// <summary>Where the names of sensitive persons occur in <paramref name="text"/>.</summary>
    public List<(int Start, int Length)> NamesIn(string text)
    {
        var found = new List<(int Start, int Length)>();
        if (SensitiveNames is not null)
        {
            foreach (var match in SensitiveNames.EnumerateMatches(text))
            {
                found.Add((match.Index, match.Length));
            }
        }

        return found;
    }

    /// <summary>The text with the names of sensitive persons replaced by "[withheld]" (for places where they cannot be hidden, and for <see cref="SensitiveContent.Omit"/>).</summary>
    public string Scrub(string text) => SensitiveNames is null ? text : SensitiveNames.Replace(text, "[withheld]");

    private static ClaimKey Key(ClaimEntry entry) => new(entry.Subject, entry.Property, entry.Index);

    private static Target? Locate(Diagnostic diagnostic, Dictionary<(string File, string Pointer), Target> pointers)
    {
        if (diagnostic.File is null || diagnostic.JsonPointer is null)
        {
            return null;
        }

        for (var pointer = diagnostic.JsonPointer; pointer.Length > 0; pointer = pointer[..pointer.LastIndexOf('/')])
        {
            if (pointers.TryGetValue((diagnostic.File, pointer), out var target))
            {
                return target;
            }
        }

        return null;
    }

    private Sensitivity WhySensitive(ClaimEntry entry)
    {
        var why = entry.Claim.Sensitivity;
        if (entry.Subject is Person person)
        {
            why |= person.Sensitivity;
        }

        var referenced = entry.Claim.UntypedValue switch
        {
            Reference r => r.Id,
            Fact { Related: { } r } => r.Id,
            _ => null,
        };
        if (referenced is not null && persons.TryGetValue(referenced, out var other))
        {
            why |= other.Sensitivity;
        }

        return why;
    }

    /// <summary>
    /// A pattern for the names of sensitive persons: each name and label as written, and each word of them (three letters
    /// or more, capitalised) that no other person's name holds ("Konerak", but not "John" when a John is not sensitive).
    /// </summary>
    private static Regex? NamesOf(IReadOnlyList<Person> persons)
    {
        var sensitive = persons.Where(p => p.Sensitivity != Sensitivity.None).ToList();
        if (sensitive.Count == 0)
        {
            return null;
        }

        static IEnumerable<string> Names(Person p) => p.Names.Select(n => n.Value).Concat(p.Label is null ? [] : [p.Label]);
        static IEnumerable<string> WordsOf(string name) => Regex.Split(name, @"[^\p{L}\p{N}]+").Where(w => w.Length >= 3 && char.IsUpper(w[0]));
        var others = persons.Where(p => p.Sensitivity == Sensitivity.None).SelectMany(Names).SelectMany(WordsOf).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = sensitive.SelectMany(Names)
            .Concat(sensitive.SelectMany(Names).SelectMany(WordsOf).Where(w => !others.Contains(w)))
            .Where(n => n.Trim().Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(n => n.Length)
            .ThenBy(n => n, StringComparer.Ordinal)
            .Select(Regex.Escape);
        return new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join('|', names) + @")(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
    }

    private static List<(int Start, int Length)> Merge(List<(int Start, int Length)> ranges)
    {
        var merged = new List<(int Start, int Length)>();
        foreach (var (start, length) in ranges.Where(r => r.Length > 0).OrderBy(r => r.Start).ThenBy(r => r.Length))
        {
            if (merged.Count > 0 && start <= merged[^1].Start + merged[^1].Length)
            {
                var last = merged[^1];
                merged[^1] = (last.Start, Math.Max(last.Start + last.Length, start + length) - last.Start);
            }
            else
            {
                merged.Add((start, length));
            }
        }

        return merged;
    }

    /// <summary>The text with every character of the ranges but white space replaced by '█': offsets stay as they were.</summary>
    private static string Blank(string text, List<(int Start, int Length)> ranges)
    {
        var chars = text.ToCharArray();
        foreach (var (start, length) in ranges)
        {
            for (var i = start; i < start + length && i < chars.Length; i++)
            {
                if (!char.IsWhiteSpace(chars[i]))
                {
                    chars[i] = '\u2588';
                }
            }
        }

        return new string(chars);
    }

    private readonly record struct Target(TargetKind Kind, int Index);

    /// <summary>A claim's place: its subject (by reference, as entities equal in value may differ in place), list and index.</summary>
    private readonly record struct ClaimKey(Entity Subject, string Property, int Index)
    {
        public bool Equals(ClaimKey other) => ReferenceEquals(Subject, other.Subject) && Property == other.Property && Index == other.Index;

        public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(Subject), Property, Index);
    }
}

/// <summary>What the page shows with one claim.</summary>
internal sealed class ClaimInfo(int index, ClaimEntry entry, Sensitivity why, TextSpan?[] spans, EquatableArray<string>[] support, bool singleSource)
{
    public int Index { get; } = index;

    public ClaimEntry Entry { get; } = entry;

    /// <summary>Why the claim is sensitive: its own markings, its subject's, and those of a person it refers to.</summary>
    public Sensitivity Why { get; } = why;

    public bool Sensitive => Why != Sensitivity.None;

    /// <summary>Where each citation's quote is in its source, from the validator; null when not found.</summary>
    public TextSpan?[] Spans { get; } = spans;

    /// <summary>The words of each citation's quote that state the value.</summary>
    public EquatableArray<string>[] Support { get; } = support;

    public bool SingleSource { get; } = singleSource;

    public List<Diagnostic> Findings { get; } = [];

    /// <summary>The indices of the validator's conflict sets the claim is in.</summary>
    public List<int> Conflicts { get; } = [];
}

internal static class DictionaryExtensions
{
    public static List<T> GetOrAdd<T>(this Dictionary<int, List<T>> dictionary, int key)
    {
        if (!dictionary.TryGetValue(key, out var list))
        {
            dictionary[key] = list = [];
        }

        return list;
    }
}
