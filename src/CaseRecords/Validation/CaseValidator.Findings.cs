using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CaseRecords.Diagnostics;
using CaseRecords.Loading;
using CaseRecords.Serialization;

namespace CaseRecords.Validation;

public static partial class CaseValidator
{
    // Recording findings as they are made (with their JSON Pointers) and placing them at their line and column.

    private sealed partial class Run
    {
        private void Report(Located item, string relativePointer, DiagnosticDescriptor descriptor, string message)
        {
            if (Listed(descriptor))
            {
                Add(item, item.Pointer + relativePointer, descriptor, message);
            }
        }

        /// <summary>Reports a finding with a message written only when the finding is listed (the holes of the message are not even evaluated otherwise).</summary>
        private void Report(Located item, string relativePointer, DiagnosticDescriptor descriptor, [InterpolatedStringHandlerArgument("", nameof(descriptor))] ref FindingMessage message)
        {
            if (message.IsListed)
            {
                Add(item, item.Pointer + relativePointer, descriptor, message.ToStringAndClear());
            }
        }

        /// <summary>Reports a finding at a claim (or below it: <paramref name="suffix"/>), building its pointer in one string.</summary>
        private void Report(Located item, ClaimAt at, string suffix, DiagnosticDescriptor descriptor, string message)
        {
            if (Listed(descriptor))
            {
                Add(item, ClaimPointer(item, at, suffix), descriptor, message);
            }
        }

        /// <summary>Reports a finding at a claim (or below it: <paramref name="suffix"/>), with a message written only when the finding is listed.</summary>
        private void Report(Located item, ClaimAt at, string suffix, DiagnosticDescriptor descriptor, [InterpolatedStringHandlerArgument("", nameof(descriptor))] ref FindingMessage message)
        {
            if (message.IsListed)
            {
                Add(item, ClaimPointer(item, at, suffix), descriptor, message.ToStringAndClear());
            }
        }

        private static string ClaimPointer(Located item, ClaimAt at, string suffix) =>
            string.Create(CultureInfo.InvariantCulture, $"{item.Pointer}/{at.Property}/{at.Index}{suffix}");

        private void Add(Located item, string pointer, DiagnosticDescriptor descriptor, string message) =>
            (CollectionsMarshal.GetValueRefOrAddDefault(findings, item.File.Path, out _) ??= []).Add(new PendingDiagnostic(descriptor, message, item.File.Path, item.Id, pointer, item.Start, item.Pointer.Length));

        /// <summary>
        /// Whether a finding of this rule is listed. One below <see cref="ValidationOptions.MinimumSeverity"/> is only
        /// counted, and no pointer or position is made for it, unless a waiver names its rule (waivers see every finding).
        /// </summary>
        internal bool Listed(DiagnosticDescriptor descriptor)
        {
            var severity = SeverityOf(descriptor.DefaultSeverity);
            if (severity >= options.MinimumSeverity || waivedCodes.Contains(descriptor.Code))
            {
                return true;
            }

            unlisted[(int)severity]++;
            return false;
        }

        /// <summary>The severity a finding is reported with: a warning is an error when warnings are errors (for the listing and the report alike).</summary>
        private DiagnosticSeverity SeverityOf(DiagnosticSeverity severity) =>
            options.WarningsAsErrors && severity == DiagnosticSeverity.Warning ? DiagnosticSeverity.Error : severity;

        /// <summary>
        /// The loader's diagnostics, then the findings with their line and column, found by reading each record file
        /// with findings again (one file per thread). Findings in a dataset not loaded from files, or in a file that
        /// cannot be read or has changed since loading, keep no line and column.
        /// </summary>
        private List<Diagnostic> PlaceFindings()
        {
            var groups = findings.ToArray();
            var located = new List<Diagnostic>[groups.Length];
            void Resolve(int g)
            {
                var pending = groups[g].Value;
                var output = located[g] = new List<Diagnostic>(pending.Count);
                if (dataset.RecordBytes?.Read(groups[g].Key) is { } raw)
                {
                    using (raw)
                    {
                        Positions.Resolve(pending, CaseDatasetLoader.SkipByteOrderMark(raw.Bytes), LoadOptions.Default.MaxDepth, output);
                    }
                }
                else
                {
                    output.AddRange(pending.Select(p => p.Create()));
                }
            }

            // Positions are found by reading each file with findings again: one file per thread.
            Workers.For(groups.Length, options.MaxDegreeOfParallelism, Resolve);

            var all = new List<Diagnostic>(loaderDiagnostics.Count + located.Sum(l => l.Count));
            all.AddRange(loaderDiagnostics);
            foreach (var list in located)
            {
                all.AddRange(list);
            }

            return all;
        }
    }

    /// <summary>
    /// A finding's message, written (with the invariant culture) only when the finding is listed: below the minimum
    /// severity, the interpolation's holes are not evaluated, as with <c>Debug.Assert</c>'s messages.
    /// </summary>
    [InterpolatedStringHandler]
    private ref struct FindingMessage
    {
        private DefaultInterpolatedStringHandler text;

        public FindingMessage(int literalLength, int formattedCount, Run run, DiagnosticDescriptor descriptor, out bool shouldAppend)
        {
            IsListed = shouldAppend = run.Listed(descriptor);
            text = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
        }

        public bool IsListed { get; }

        public void AppendLiteral(string value) => text.AppendLiteral(value);

        public void AppendFormatted<T>(T value) => text.AppendFormatted(value);

        public void AppendFormatted<T>(T value, string? format) => text.AppendFormatted(value, format);

        public void AppendFormatted(string? value) => text.AppendFormatted(value);

        public void AppendFormatted(ReadOnlySpan<char> value) => text.AppendFormatted(value);

        public string ToStringAndClear() => text.ToStringAndClear();
    }
}
