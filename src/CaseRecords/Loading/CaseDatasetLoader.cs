using System.Text;
using CaseRecords.Diagnostics;
using CaseRecords.Serialization;

namespace CaseRecords.Loading;

/// <summary>
/// Reads record files and the source texts they name. Every problem is reported as a <see cref="Diagnostic"/>
/// with file, line, column and JSON Pointer; bad input never escapes as an exception.
/// </summary>
public static class CaseDatasetLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Loads every record file (<c>*.json</c>) in <paramref name="folder"/> and its subfolders, with the texts they cite.</summary>
    /// <param name="folder">The dataset folder.</param>
    /// <param name="options">Limits; <see cref="LoadOptions.Default"/> when null.</param>
    /// <returns>The dataset and the problems found.</returns>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is empty.</exception>
    public static LoadResult LoadFolder(string folder, LoadOptions? options = null) =>
        Load(DatasetFiles.FromFolder(folder), options);

    /// <summary>Loads one record file, with the source texts it cites (paths relative to the file's folder).</summary>
    /// <param name="recordFile">The record file's path.</param>
    /// <param name="options">Limits; <see cref="LoadOptions.Default"/> when null.</param>
    /// <returns>The dataset and the problems found.</returns>
    /// <exception cref="ArgumentException"><paramref name="recordFile"/> is empty.</exception>
    public static LoadResult LoadFile(string recordFile, LoadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recordFile);
        var full = Path.GetFullPath(recordFile);
        return Load(new FolderDatasetFiles(Path.GetDirectoryName(full)!, Path.GetFileName(full)), options);
    }

    /// <summary>Loads one record file from a stream, with the source texts it cites from other streams.</summary>
    /// <param name="records">The record file's content; read to the end, not closed.</param>
    /// <param name="recordPath">The name the record file is reported under, for example "case.json".</param>
    /// <param name="sourceTexts">The source texts by the relative path the records give in "text"; read to the end, not closed.</param>
    /// <param name="options">Limits; <see cref="LoadOptions.Default"/> when null.</param>
    /// <returns>The dataset and the problems found.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">A stream could not be read.</exception>
    public static LoadResult Load(Stream records, string recordPath, IReadOnlyDictionary<string, Stream>? sourceTexts = null, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentException.ThrowIfNullOrWhiteSpace(recordPath);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal) { [recordPath] = ReadAll(records) };
        foreach (var (path, stream) in sourceTexts ?? new Dictionary<string, Stream>())
        {
            files[path] = ReadAll(stream ?? throw new ArgumentNullException(nameof(sourceTexts), $"The stream for \"{path}\" is null."));
        }

        return Load(DatasetFiles.FromMemory(files), options);
    }

    /// <summary>Loads a dataset from <paramref name="files"/>.</summary>
    /// <param name="files">Where the files come from.</param>
    /// <param name="options">Limits; <see cref="LoadOptions.Default"/> when null.</param>
    /// <returns>The dataset and the problems found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="files"/> is null.</exception>
    public static LoadResult Load(DatasetFiles files, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        options ??= LoadOptions.Default;
        var diagnostics = new List<Diagnostic>();
        var leftOut = new List<LeftOutRecord>();
        var recordFiles = new List<RecordFile>();
        var fingerprints = new Dictionary<string, RecordFileBytes.Fingerprint>(StringComparer.Ordinal);
        var layouts = new Dictionary<string, FileLayout>(StringComparer.Ordinal);
        var leftOutIds = new HashSet<string>(StringComparer.Ordinal);
        var textPositions = new Dictionary<Source, (int Line, int Column)>(ReferenceEqualityComparer.Instance);

        IReadOnlyList<string> paths;
        try
        {
            paths = files.ListRecordFiles();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.FileUnreadable, $"The record files of {files.Description} cannot be listed: {e.Message}"));
            paths = [];
        }

        if (paths.Count == 0 && diagnostics.Count == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.NoRecordFiles, $"No record files (*.json) were found in {files.Description}; is this the folder of the case?"));
        }

        var read = ReadRecordFiles(files, paths, options);
        var records = 0;
        for (var i = 0; i < paths.Count; i++)
        {
            var path = paths[i];
            var (fingerprint, result, fileDiagnostics) = read[i];
            diagnostics.AddRange(fileDiagnostics);
            if (result is null)
            {
                leftOut.Add(new LeftOutRecord(path, string.Empty, LeftOutKind.File) { Line = 1, Column = 1 });
                continue;
            }

            diagnostics.AddRange(result.Diagnostics);
            if (result.File is not { } record)
            {
                leftOut.AddRange(result.LeftOut);
                continue;
            }

            var count = record.Sources.Count + record.Persons.Count + record.Organizations.Count + record.Incidents.Count + record.Proceedings.Count;
            if (records + count > options.MaxRecords)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.TooManyRecords, $"\"{path}\" would bring the dataset to {records + count:N0} sources and entities, over the limit of {options.MaxRecords:N0}; the file is not loaded.") { File = path, JsonPointer = string.Empty, Line = 1, Column = 1 });
                leftOut.Add(new LeftOutRecord(path, string.Empty, LeftOutKind.File) { Line = 1, Column = 1 });
                continue;
            }

            records += count;
            recordFiles.Add(record);
            leftOut.AddRange(result.LeftOut);
            leftOutIds.UnionWith(result.LeftOut.Select(l => l.Id).OfType<string>()); // still defined: no cascade
            fingerprints[path] = fingerprint;
            layouts[path] = result.Layout;
            foreach (var (source, position) in result.SourceTextPositions)
            {
                textPositions[source] = position;
            }
        }

        var texts = LoadTexts(files, recordFiles, layouts, textPositions, options, diagnostics);
        var ordered = diagnostics.Order(DiagnosticOrder.Instance).ToEquatableArray();
        var dataset = CaseDataset.CreateLoaded(recordFiles, texts, new RecordFileBytes(files, options.MaxFileBytes, fingerprints), layouts, leftOutIds);
        return new LoadResult(dataset, ordered, leftOut.ToEquatableArray());
    }

    /// <summary>Reads every record file, several at once unless the options say otherwise; the results are in the order of <paramref name="paths"/>.</summary>
    /// <remarks>Record files are read into pooled buffers and kept only while they are read: the loaded dataset keeps a fingerprint of each, not its bytes.</remarks>
    private static (RecordFileBytes.Fingerprint Fingerprint, RecordReadResult? Result, List<Diagnostic> Diagnostics)[] ReadRecordFiles(DatasetFiles files, IReadOnlyList<string> paths, LoadOptions options)
    {
        var results = new (RecordFileBytes.Fingerprint, RecordReadResult?, List<Diagnostic>)[paths.Count];
        void ReadOne(int i, StringPool pool)
        {
            var path = paths[i];
            var diagnostics = new List<Diagnostic>();
            using var lease = ReadFile(files, path, options, diagnostics, pointer: null, file: path, entityId: null);
            RecordReadResult? result = null;
            var fingerprint = default(RecordFileBytes.Fingerprint);
            if (lease is not null)
            {
                fingerprint = RecordFileBytes.Fingerprint.Of(lease.Bytes.Span);
                result = ReadRecordFile(path, lease.Bytes, options, diagnostics, pool);
            }

            results[i] = (fingerprint, result, diagnostics);
        }

        // One string pool per thread: pools are not shared, so they need no lock.
        Workers.For(paths.Count, options.MaxDegreeOfParallelism, () => new StringPool(), ReadOne);
        return results;
    }

    /// <summary>Reads one record file's bytes with the one reader; null when the file is not UTF-8 (reported).</summary>
    internal static RecordReadResult? ReadRecordFile(string path, ReadOnlyMemory<byte> bytes, LoadOptions options, List<Diagnostic> diagnostics, StringPool pool)
    {
        var json = SkipByteOrderMark(bytes);
        if (System.Text.Unicode.Utf8.IsValid(json.Span))
        {
            return RecordReader.Read(path, json, options, pool);
        }

        var bad = FirstInvalidUtf8(json.Span);
        var (line, column) = new LineCursor(json.Span).Locate(bad);
        diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidJson, $"The file is not valid UTF-8 (byte 0x{json.Span[bad]:X2} at offset {bad}); save it as UTF-8.") { File = path, JsonPointer = string.Empty, Line = line, Column = column });
        return null;
    }

    /// <summary>The offset of the first byte that is not part of valid UTF-8 (the text is known to hold one).</summary>
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes);
        }
        catch (DecoderFallbackException e)
        {
            return e.Index;
        }

        return 0;
    }

    /// <summary>
    /// The source texts of the loaded record files, in the order they are first named, with the problems of each placed
    /// at the first source that names it. The texts are read, decoded and hashed on several threads unless the options
    /// say otherwise (a dataset may cite hundreds of texts from one record file); only paths inside the dataset are read.
    /// </summary>
    private static List<SourceText> LoadTexts(DatasetFiles files, List<RecordFile> recordFiles, Dictionary<string, FileLayout> layouts, Dictionary<Source, (int Line, int Column)> positions, LoadOptions options, List<Diagnostic> diagnostics)
    {
        // The first source to name each path, in file order; a path that is refused gets its diagnostic instead of a read.
        var texts = new Dictionary<string, SourceText?>(StringComparer.Ordinal);
        var named = new List<(Source Source, string File, string Pointer, int Line, int Column, Diagnostic? Refused)>();
        foreach (var record in recordFiles)
        {
            for (var i = 0; i < record.Sources.Count; i++)
            {
                var source = record.Sources[i];
                if (!texts.TryAdd(source.TextPath, null))
                {
                    continue;
                }

                var pointer = $"/{RecordFormat.File[FileField.Sources]}/{layouts[record.Path].IndexOf(source, i)}/{RecordFormat.Source[SourceField.Text]}";
                var (line, column) = positions.GetValueOrDefault(source);
                var refused = DatasetPaths.IsSafeRelative(source.TextPath, out var problem)
                    ? null
                    : new Diagnostic(DiagnosticCodes.PathOutsideDataset, $"The source text path \"{source.TextPath}\" is refused: {problem}. Give a path inside the dataset folder, relative to it.");
                named.Add((source, record.Path, pointer, line, column, refused));
            }
        }

        var read = new (SourceText? Text, List<Diagnostic> Problems)[named.Count];
        Workers.For(named.Count, options.MaxDegreeOfParallelism, i =>
        {
            var problems = new List<Diagnostic>();
            if (named[i].Refused is { } refused)
            {
                problems.Add(refused);
            }
            else
            {
                using var bytes = ReadFile(files, named[i].Source.TextPath, options, problems, pointer: string.Empty, file: string.Empty, entityId: null);
                read[i].Text = bytes is null ? null : Decode(named[i].Source.TextPath, bytes.Bytes, problems);
            }

            read[i].Problems = problems;
        });

        for (var i = 0; i < named.Count; i++)
        {
            var (source, file, pointer, line, column, _) = named[i];
            texts[source.TextPath] = read[i].Text;
            foreach (var problem in read[i].Problems)
            {
                diagnostics.Add(problem with { File = file, JsonPointer = pointer, EntityId = source.Id, Line = line, Column = column });
            }
        }

        return [.. texts.Values.OfType<SourceText>()];
    }

    /// <summary>A source text's bytes decoded; null when they are not UTF-8 (reported without its place, which the caller adds).</summary>
    private static SourceText? Decode(string path, ReadOnlyMemory<byte> bytes, List<Diagnostic> problems)
    {
        try
        {
            var body = SkipByteOrderMark(bytes);
            return new SourceText(path, StrictUtf8.GetString(body.Span), Source.ComputeSha256(bytes.Span))
            {
                HasByteOrderMark = body.Length != bytes.Length,
            };
        }
        catch (DecoderFallbackException e)
        {
            problems.Add(new Diagnostic(DiagnosticCodes.SourceTextNotUtf8, $"The source text \"{path}\" is not valid UTF-8 (at byte {e.Index}); convert it to UTF-8."));
            return null;
        }
    }

    /// <summary>Opens and reads one file into a pooled buffer (null: reported, for being too large or for any way it can fail).</summary>
    private static PooledBytes? ReadFile(DatasetFiles files, string path, LoadOptions options, List<Diagnostic> diagnostics, string? pointer, string file, string? entityId)
    {
        var isText = pointer is not null;

        // A problem with a record file as a whole is placed at its start; one with a source text at the source's "text".
        Diagnostic Place(Diagnostic d) => isText ? d with { JsonPointer = pointer } : d with { JsonPointer = string.Empty, Line = 1, Column = 1 };
        try
        {
            using var stream = files.OpenRead(path);
            var bytes = ReadPooled(stream, options.MaxFileBytes);
            if (bytes is null)
            {
                diagnostics.Add(Place(new Diagnostic(DiagnosticCodes.FileTooLarge, $"\"{path}\" is larger than the limit of {options.MaxFileBytes:N0} bytes.") { File = file, EntityId = entityId }));
            }

            return bytes;
        }
        catch (OutsideDatasetException e)
        {
            diagnostics.Add(Place(new Diagnostic(DiagnosticCodes.PathOutsideDataset, $"\"{path}\" is refused: {e.Message}") { File = file, EntityId = entityId }));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException && isText)
        {
            diagnostics.Add(Place(new Diagnostic(DiagnosticCodes.SourceTextMissing, $"The source text \"{path}\" does not exist; add the file or correct the path.") { File = file, EntityId = entityId }));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            diagnostics.Add(Place(new Diagnostic(DiagnosticCodes.FileUnreadable, $"\"{path}\" cannot be read: {e.Message}") { File = file, EntityId = entityId }));
        }

        return null;
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    internal static ReadOnlyMemory<byte> SkipByteOrderMark(ReadOnlyMemory<byte> bytes) =>
        bytes.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;

    /// <summary>Reads a stream to its end into a pooled buffer; null when it holds more than <paramref name="limit"/> bytes.</summary>
    /// <remarks>A file is read into a buffer of its own size (plus one byte, to see its end): no growing, no copy.</remarks>
    internal static PooledBytes? ReadPooled(Stream stream, long limit)
    {
        limit = Math.Min(limit, Array.MaxLength);
        var known = stream.CanSeek ? stream.Length - stream.Position : 81919;
        if (known > limit)
        {
            return null;
        }

        var pool = System.Buffers.ArrayPool<byte>.Shared;
        var buffer = pool.Rent((int)Math.Min(known + 1, limit + 1));
        var total = 0;
        int n;
        while ((n = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += n;
            if (total > limit)
            {
                pool.Return(buffer);
                return null;
            }

            if (total == buffer.Length)
            {
                // The stream is longer than it said (or has no length): twice the room, within the limit.
                var larger = pool.Rent((int)Math.Min((long)buffer.Length * 2, limit + 1));
                buffer.AsSpan(0, total).CopyTo(larger);
                pool.Return(buffer);
                buffer = larger;
            }
        }

        return new PooledBytes(buffer, total);
    }

    /// <summary>A file's bytes in a pooled buffer; disposing returns the buffer (once).</summary>
    internal sealed class PooledBytes(byte[] buffer, int length) : IDisposable
    {
        private int disposed;

        public ReadOnlyMemory<byte> Bytes { get; } = buffer.AsMemory(0, length);

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
