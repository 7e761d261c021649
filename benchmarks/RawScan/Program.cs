// The raw scan: reads every file under the folder and runs Utf8JsonReader over each record file (*.json), counting
// tokens, on all cores (as caserecords reads its files). What no JSON tool can do faster; issue 17's floor.
using System.Text.Json;

var folder = args.Length > 0 ? args[0] : throw new ArgumentException("usage: RawScan FOLDER");
var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.')).ToArray();
long tokens = 0, bytes = 0;
Parallel.ForEach(files, file =>
{
    var data = File.ReadAllBytes(file);
    Interlocked.Add(ref bytes, data.Length);
    if (!file.EndsWith(".json", StringComparison.Ordinal))
    {
        return;
    }

    var reader = new Utf8JsonReader(data, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
    long count = 0;
    while (reader.Read())
    {
        count++;
    }

    Interlocked.Add(ref tokens, count);
});
Console.WriteLine($"{files.Length} files, {bytes} bytes, {tokens} tokens");
