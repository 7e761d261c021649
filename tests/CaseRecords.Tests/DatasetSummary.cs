using System.Text;
using CaseRecords.Reading;

namespace CaseRecords.Tests;

/// <summary>A readable rendering of a whole dataset: every entity, every claim with its sources. Approved, so any change to the data is reviewed.</summary>
internal static class DatasetSummary
{
    public static string ToText(CaseDataset dataset)
    {
        var text = new StringBuilder();
        text.Append(dataset).Append('\n');
        foreach (var source in dataset.Sources)
        {
            text.Append($"\nsource {source.Id}: \"{source.Title}\" ({source.Kind}) {source.TextPath} sha256 {source.Sha256[..12]}… cited by {dataset.ClaimsCiting(source.Id).Count} claims\n");
        }

        foreach (var entity in dataset.Entities)
        {
            text.Append($"\n{entity.Kind.ToString().ToLowerInvariant()} {entity.Id}");
            if (entity is Person { Sensitivity: not Sensitivity.None } person)
            {
                text.Append($" [sensitivity: {person.Sensitivity}]");
            }

            if (entity is Proceeding proceeding)
            {
                text.Append($" [{proceeding.ProceedingKind}]");
            }

            if (entity.Label is { } label)
            {
                text.Append($" \"{label}\"");
            }

            text.Append('\n');
            foreach (var (property, claims) in entity.ClaimLists)
            {
                foreach (var claim in claims)
                {
                    var sources = string.Join(", ", claim.Citations.Select(c => c.Source + (c.RelayedFrom is { } r ? " per " + r : string.Empty)).Distinct());
                    var rank = claim.Rank == ClaimRank.Normal ? string.Empty : $" ({claim.Rank.ToString().ToLowerInvariant()})";
                    var asStated = claim.AsStated is null ? string.Empty : $" as \"{claim.AsStated}\"";
                    var form = claim.Form == NameForm.Full ? string.Empty : $" ({claim.Form.ToString().ToLowerInvariant()})";
                    var inferred = claim.InferredFrom is { } from ? $" (inferred from {from})" : string.Empty;
                    text.Append($"  {property}: {Value(claim.UntypedValue)}{asStated}{form}{rank}{inferred} [{sources}]\n");
                }
            }
        }

        return text.ToString();
    }

    private static string Value(object value) => value switch
    {
        Fact f => f.ToString(),
        Dates.CaseDate d => d.ToDisplayString(),
        _ => value.ToString() ?? string.Empty,
    };
}
