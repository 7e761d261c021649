// What a user of the CaseRecords package does first: load the bundled case, print facts with their
// citations, build a record of their own, validate it, and round-trip it through JSON.
using System.Text;
using CaseRecords;
using CaseRecords.Dates;
using CaseRecords.Loading;
using CaseRecords.Reading;
using CaseRecords.Serialization;
using CaseRecords.Validation;

// 1. The bundled case, with citations.
var bundled = CaseDataset.Bundled;
Console.WriteLine(bundled);
var dismissal = bundled.Get<Proceeding>("dismissal-1991");
foreach (var decided in dismissal.Decided)
{
    Console.WriteLine($"{dismissal.DisplayName()} decided {decided.Value.ToDisplayString()}, per:");
    foreach (var evidence in bundled.EvidenceFor(decided))
    {
        Console.WriteLine($"  {evidence.Source!.Title} (line {evidence.Span?.Line}): \"{evidence.Passage}\"");
    }
}

// 2. A record of our own, built in code: a claim cannot exist without a citation.
const string text = "The council met on 3 March 2024. Mayor Ana Ruiz chaired the meeting.";
var source = new Source("minutes", "Council minutes", SourceKind.Report, "minutes.txt", Source.ComputeSha256(Encoding.UTF8.GetBytes(text)));
var meeting = new Incident("council-meeting-2024")
{
    Label = "Council meeting", // our title for it: uncited; names are what a source states
    Dates = [new Claim<CaseDate>(CaseDate.Parse("2024-03-03").GetValueOrThrow(), new Citation("minutes", "met on 3 March 2024")) { AsStated = "3 March 2024" }],
    Participants = [new Claim<Reference>(new Reference("ana-ruiz", "chair"), new Citation("minutes", "Mayor Ana Ruiz chaired the meeting"))],
};
var mayor = new Person("ana-ruiz") { Names = [new Claim<string>("Ana Ruiz", new Citation("minutes", "Mayor Ana Ruiz"))] };
var file = new RecordFile("council.json") { Sources = [source], Persons = [mayor], Incidents = [meeting] };
var mine = CaseDataset.Create([file], [SourceText.FromText("minutes.txt", text)]);

// 3. Validate it: every quote is found in the text.
var report = CaseValidator.Validate(mine);
Console.WriteLine(ReportWriter.Summary(report));
if (report.HasErrors)
{
    Console.Error.WriteLine(ReportWriter.ToText(report));
    return 1;
}

// 4. Round-trip it through JSON.
var json = CaseDatasetWriter.ToJson(file);
using var records = new MemoryStream(Encoding.UTF8.GetBytes(json));
using var texts = new MemoryStream(Encoding.UTF8.GetBytes(text));
var reloaded = CaseDatasetLoader.Load(records, "council.json", new Dictionary<string, Stream> { ["minutes.txt"] = texts });
var same = reloaded.Succeeded && reloaded.Dataset.Equals(mine);
Console.WriteLine(same ? "Round trip: the reloaded records equal the originals." : "Round trip FAILED.");
return same ? 0 : 1;
