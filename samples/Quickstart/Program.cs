// Loads the bundled Milwaukee 1991 case and prints what it holds, every fact with its citations.
using CaseRecords;

var dataset = CaseDataset.Bundled;
Console.WriteLine(dataset);
Console.WriteLine();

foreach (var source in dataset.Sources)
{
    Console.WriteLine($"Source {source.Id}: \"{source.Title}\" ({source.Kind}), {dataset.ClaimsCiting(source.Id).Count} claims cite it");
}

Console.WriteLine();
var officer = dataset.Get<Person>("john-balcerzak");
Console.WriteLine($"Names of {officer.Id}, as each source spells them:");
foreach (var name in officer.Names)
{
    foreach (var citation in name.Citations)
    {
        Console.WriteLine($"  {name.Value,-20} per {citation.Source}: \"{citation.Quote}\"");
    }
}

Console.WriteLine();
var encounter = dataset.Get<Incident>("may-1991-encounter");
foreach (var date in encounter.Dates)
{
    Console.WriteLine($"The encounter is dated {date.Value} ({date.Value.Precision} precision, the sources say \"{date.AsStated}\").");
}

Console.WriteLine("Who took part, per the sources:");
foreach (var participant in encounter.Participants)
{
    var person = dataset.Resolve(participant.Value);
    var sources = string.Join(", ", participant.Citations.Select(c => c.Source).Distinct());
    var marked = participant.Sensitivity != Sensitivity.None ? $" [sensitive: {participant.Sensitivity}]" : string.Empty;
    Console.WriteLine($"  {person?.Names.FirstOrDefault()?.Value ?? participant.Value.Id} as {participant.Value.Role} ({sources}){marked}");
}

Console.WriteLine();
Console.WriteLine("Where the sources disagree on how many women found the boy:");
foreach (var count in encounter.Facts.Where(f => f.Value.Property == FactProperties.Count && f.Value.Text == "women who discovered the boy"))
{
    Console.WriteLine($"  {count.Value.Quantity}: \"{count.Citations[0].Quote}\" ({count.Citations[0].Source})");
}
