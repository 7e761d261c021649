// Loads the bundled dataset from the packed package and fails loudly if anything is missing.
using CaseRecords;

var dataset = CaseDataset.Bundled;
if (dataset.Sources.Count != 3 || dataset.Texts.Count != 3 || dataset.Claims.Count == 0)
{
    Console.Error.WriteLine($"The packaged dataset is incomplete: {dataset}");
    return 1;
}

var name = dataset.Get<Person>("john-balcerzak").Names[0];
Console.WriteLine($"{dataset}");
Console.WriteLine($"{name.Value} per {name.Citations[0].Source}: \"{name.Citations[0].Quote}\"");
return 0;
