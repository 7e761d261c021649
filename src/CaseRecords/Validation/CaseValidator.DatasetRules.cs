using CaseRecords.Dates;
using CaseRecords.Diagnostics;

namespace CaseRecords.Validation;

public static partial class CaseValidator
{
    // Dataset-wide rules: duplicate ids, source texts and hashes, unused sources, proceeding chains, dates before a birth.

    private static readonly HashSet<string> LoaderTextCodes = new(StringComparer.Ordinal)
    {
        DiagnosticCodes.PathOutsideDataset.Code, DiagnosticCodes.SourceTextMissing.Code, DiagnosticCodes.SourceTextNotUtf8.Code,
        DiagnosticCodes.FileUnreadable.Code, DiagnosticCodes.FileTooLarge.Code,
    };

    private sealed partial class Run
    {
        /// <summary>Where every source and entity is: made per file on all cores, then indexed by id in file order (so the first of a duplicate id is the one kept).</summary>
        private void Locate()
        {
            var files = dataset.Files;
            var perFile = new List<Located>[files.Count];
            void LocateFile(int f)
            {
                var file = files[f];
                var layout = dataset.LayoutOf(file);
                var items = perFile[f] = new List<Located>(file.Sources.Count + file.Persons.Count + file.Organizations.Count + file.Incidents.Count + file.Proceedings.Count);
                Add(items, file, layout, FileField.Sources, file.Sources, s => s.Id);
                Add(items, file, layout, FileField.Persons, file.Persons, e => e.Id);
                Add(items, file, layout, FileField.Organizations, file.Organizations, e => e.Id);
                Add(items, file, layout, FileField.Incidents, file.Incidents, e => e.Id);
                Add(items, file, layout, FileField.Proceedings, file.Proceedings, e => e.Id);
            }

            Workers.For(files.Count, options.MaxDegreeOfParallelism, LocateFile);

            located.EnsureCapacity(perFile.Sum(l => l.Count));
            byId.EnsureCapacity(located.Capacity);
            foreach (var item in perFile.SelectMany(l => l))
            {
                located.Add(item);
                if (item.Record is Source source)
                {
                    sourcesById.TryAdd(source.Id, source); // the first source of an id, as CaseDataset.TryGetSource has it
                }

                if (!byId.TryAdd(item.Id, item))
                {
                    var first = byId[item.Id];
                    Report(item, IdPath, DiagnosticCodes.DuplicateId, $"The id \"{item.Id}\" is already used by {Describe(first)} in {first.File.Path} at {first.Pointer}.");
                }
            }
        }

        private static void Add<T>(List<Located> items, RecordFile file, Serialization.FileLayout layout, FileField list, EquatableArray<T> records, Func<T, string> id)
            where T : notnull
        {
            var name = RecordFormat.File[list];
            for (var i = 0; i < records.Count; i++)
            {
                var index = layout.IndexOf(records[i], i);
                items.Add(new Located(file, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/{name}/{index}"), id(records[i]), records[i], layout, layout.StartOf(list, index)));
            }
        }

        private void CheckSources()
        {
            foreach (var item in located)
            {
                if (item.Record is not Source source)
                {
                    continue;
                }

                var text = dataset.GetText(source);
                if (text is null)
                {
                    if (!loaderDiagnostics.Any(d => d.EntityId == source.Id && LoaderTextCodes.Contains(d.Code)))
                    {
                        Report(item, TextPath, DiagnosticCodes.SourceTextUnavailable, $"The stored text \"{source.TextPath}\" of source \"{source.Id}\" is not available, so none of its quotes can be checked.");
                    }
                }
                else if (!string.Equals(text.Sha256, source.Sha256, StringComparison.Ordinal))
                {
                    Report(item, Sha256Path, DiagnosticCodes.HashMismatch, DriftMessage(source, text));
                }

            }
        }

        /// <summary>Sources no claim cites (the entity checks have collected the cited ones).</summary>
        private void CheckUnusedSources()
        {
            foreach (var item in located)
            {
                if (item.Record is Source source && !cited.Contains(source.Id))
                {
                    Report(item, string.Empty, DiagnosticCodes.UnusedSource, $"No claim cites the source \"{source.Id}\".");
                }
            }
        }

        private void CheckChains()
        {
            var proceedings = located.Where(l => l.Record is Proceeding).ToList();
            var state = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var start in proceedings)
            {
                Visit(start);
            }

            foreach (var item in proceedings)
            {
                var proceeding = (Proceeding)item.Record;
                for (var d = 0; d < proceeding.Decided.Count; d++)
                {
                    foreach (var filed in proceeding.Filed)
                    {
                        var decided = proceeding.Decided[d];
                        if (decided.Value.Latest is { } latest && filed.Value.Earliest is { } earliest && latest < earliest)
                        {
                            Report(item, $"/{RecordFormat.Proceeding[ProceedingField.Decided]}/{item.Layout.IndexOf(decided, d)}", DiagnosticCodes.DecidedBeforeFiled, $"\"{proceeding.Id}\" is dated decided {decided.Value} but filed {filed.Value}.");
                        }
                    }
                }
            }

            void Visit(Located node)
            {
                // 0 = unseen, 1 = on the current path, 2 = done.
                if (state.GetValueOrDefault(node.Id) != 0)
                {
                    return;
                }

                state[node.Id] = 1;
                var proceeding = (Proceeding)node.Record;
                foreach (var (property, links) in new[] { (RecordFormat.Proceeding[ProceedingField.Reviews], proceeding.Reviews), (RecordFormat.Proceeding[ProceedingField.Follows], proceeding.Follows) })
                {
                    for (var i = 0; i < links.Count; i++)
                    {
                        if (!byId.TryGetValue(links[i].Value.Id, out var next) || next.Record is not Proceeding)
                        {
                            continue;
                        }

                        if (state.GetValueOrDefault(next.Id) == 1)
                        {
                            Report(node, $"/{property}/{node.Layout.IndexOf(links[i], i)}", DiagnosticCodes.ProceedingCycle, $"\"{node.Id}\" {property} \"{next.Id}\", which leads back to \"{node.Id}\": the chain is a cycle.");
                        }
                        else
                        {
                            Visit(next);
                        }
                    }
                }

                state[node.Id] = 2;
            }
        }

        /// <summary>Adds the person's dated births to <paramref name="births"/> (made on the first), for <see cref="CheckBirth"/>.</summary>
        private static void AddBirths(ref Dictionary<string, (NodaTime.LocalDate Date, CaseDate Value)>? births, Person person)
        {
            foreach (var fact in person.Facts)
            {
                if (fact.Value.Property == FactProperties.Birth && fact.Value.Date?.Earliest is { } earliest)
                {
                    AddBirth(births ??= new(StringComparer.Ordinal), person.Id, (earliest, fact.Value.Date));
                }
            }
        }

        /// <summary>Keeps the earliest birth of each person; of two equally early, the first given.</summary>
        private static void AddBirth(Dictionary<string, (NodaTime.LocalDate Date, CaseDate Value)> births, string id, (NodaTime.LocalDate Date, CaseDate Value) birth)
        {
            if (!births.TryGetValue(id, out var known) || birth.Date < known.Date)
            {
                births[id] = birth;
            }
        }

        /// <summary>An incident or proceeding dated before the birth of someone in it (checked with the entity's claims, on its worker's thread).</summary>
        private void CheckBirth(Located item, Entity entity)
        {
            var (people, list) = entity switch
            {
                Incident incident => (incident.Participants, RecordFormat.Incident[IncidentField.Participants]),
                Proceeding proceeding => (proceeding.Parties, RecordFormat.Proceeding[ProceedingField.Parties]),
                _ => (default(EquatableArray<Claim<Reference>>), string.Empty),
            };
            for (var i = 0; i < people.Count; i++)
            {
                if (!births.TryGetValue(people[i].Value.Id, out var birth))
                {
                    continue;
                }

                // The dates are read only for an entity with someone whose birth is known; the first that ends before it.
                var (first, second) = entity switch
                {
                    Incident incident => (incident.Dates, default),
                    Proceeding proceeding => (proceeding.Filed, proceeding.Decided),
                    _ => (default(EquatableArray<Claim<CaseDate>>), default(EquatableArray<Claim<CaseDate>>)),
                };
                if ((Before(first, birth.Date) ?? Before(second, birth.Date)) is { } early)
                {
                    Report(item, $"/{list}/{item.Layout.IndexOf(people[i], i)}", DiagnosticCodes.BeforeBirth, $"\"{item.Id}\" is dated {early}, before the birth of \"{people[i].Value.Id}\" ({birth.Value}).");
                }
            }
        }

        private static CaseDate? Before(EquatableArray<Claim<CaseDate>> dates, NodaTime.LocalDate birth)
        {
            foreach (var date in dates.AsSpan())
            {
                if (date.Value.Latest is { } latest && latest < birth)
                {
                    return date.Value;
                }
            }

            return null;
        }
    }
}
