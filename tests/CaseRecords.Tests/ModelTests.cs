using CaseRecords.Dates;

namespace CaseRecords.Tests;

public class ModelTests
{
    private static readonly Citation Cite = new("s1", "quick brown fox");

    [Fact]
    public void A_claim_without_citations_cannot_be_constructed()
    {
        Should.Throw<ArgumentException>(() => new Claim<string>("Fox", [])).ParamName.ShouldBe("Citations");
        Should.Throw<ArgumentException>(() => new Claim<string>("Fox", default(EquatableArray<Citation>)));
    }

    [Fact]
    public void Removing_the_citations_with_a_with_expression_throws()
    {
        var claim = new Claim<string>("Fox", Cite);
        Should.Throw<ArgumentException>(() => claim with { Citations = [] });
    }

    [Fact]
    public void A_claim_rejects_null_citations_and_empty_text()
    {
        Should.Throw<ArgumentException>(() => new Claim<string>("Fox", [Cite, null!]));
        Should.Throw<ArgumentException>(() => new Claim<string>("  ", Cite));
        Should.Throw<ArgumentNullException>(() => new Claim<string>(null!, Cite));
    }

    [Fact]
    public void A_citation_needs_a_valid_source_id_and_a_quote()
    {
        Should.Throw<ArgumentException>(() => new Citation("Not An Id", "words"));
        Should.Throw<ArgumentException>(() => new Citation("s1", ""));
        new Citation("s1", "words") { RelayedFrom = "ap-news" }.IsRelayed.ShouldBeTrue();
        new Citation("s1", "words").IsRelayed.ShouldBeFalse();
    }

    [Fact]
    public void Claims_and_entities_have_value_equality_including_their_lists()
    {
        Person Make() => new("fox")
        {
            Names = [new Claim<string>("Brown Fox", [new Citation("s1", "quick brown fox")]) { Rank = ClaimRank.Preferred }],
            Facts = [new Claim<Fact>(new Fact(FactProperties.Age) { Quantity = new Quantity(14, "year") }, Cite)],
        };

        Make().ShouldBe(Make());
        Make().GetHashCode().ShouldBe(Make().GetHashCode());
        (Make() with { Names = [new Claim<string>("Red Fox", Cite)] }).ShouldNotBe(Make());
    }

    [Fact]
    public void Ids_follow_the_documented_rule()
    {
        EntityIds.IsValid("john-balcerzak").ShouldBeTrue();
        EntityIds.IsValid("case.2006_a").ShouldBeTrue();
        EntityIds.IsValid("John").ShouldBeFalse();
        EntityIds.IsValid("-x").ShouldBeFalse();
        EntityIds.IsValid("a--b").ShouldBeFalse();
        EntityIds.IsValid("a\u0000b").ShouldBeFalse();
        EntityIds.IsValid(new string('a', 129)).ShouldBeFalse();
        Should.Throw<ArgumentException>(() => new Person("Has Space"));
    }

    [Fact]
    public void Quantities_keep_ranges_and_money_needs_a_currency_code()
    {
        var age = new Quantity(19, "year") { UpperAmount = 20 };
        age.ToString().ShouldBe("19–20 year");
        Should.Throw<ArgumentOutOfRangeException>(() => new Quantity(20, "year") { UpperAmount = 19 });
        new Money(55000, "USD").ToString().ShouldBe("55,000 USD");
        Should.Throw<ArgumentException>(() => new Money(1, "usd"));
    }

    [Fact]
    public void A_fact_knows_whether_it_has_a_value()
    {
        new Fact("occupation").HasValue.ShouldBeFalse();
        new Fact("occupation") { Text = "police officer" }.HasValue.ShouldBeTrue();
        new Fact("position") { Date = CaseDate.Parse("2005/2009").GetValueOrThrow() }.HasValue.ShouldBeTrue();
    }

    [Fact]
    public void Sources_check_their_digest_and_compute_it()
    {
        Source.ComputeSha256("abc"u8).ShouldBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        Should.Throw<ArgumentException>(() => new Source("s1", "T", SourceKind.Book, "s1.txt", "ABC"));
        Should.Throw<ArgumentOutOfRangeException>(() => new Source("s1", "T", (SourceKind)99, "s1.txt", new string('a', 64)));
    }

    [Fact]
    public void Equatable_arrays_compare_by_content_and_treat_default_as_empty()
    {
        EquatableArray<int> a = [1, 2, 3];
        EquatableArray<int> b = [1, 2, 3];
        (a == b).ShouldBeTrue();
        a.GetHashCode().ShouldBe(b.GetHashCode());
        (a == [1, 2]).ShouldBeFalse();
        default(EquatableArray<int>).ShouldBe(EquatableArray<int>.Empty);
        default(EquatableArray<int>).Count.ShouldBe(0);
    }

    [Fact]
    public void A_dataset_refuses_two_files_with_one_path()
    {
        Should.Throw<ArgumentException>(() => CaseDataset.Create([new RecordFile("a.json"), new RecordFile("a.json")]));
    }

    [Fact]
    public void Built_in_code_a_dataset_navigates_by_id()
    {
        var fox = new Person("fox") { Names = [new Claim<string>("Brown Fox", Cite)] };
        var chase = new Incident("chase")
        {
            Participants = [new Claim<Reference>(new Reference("fox", Roles.Witness), Cite)],
        };
        var dataset = CaseDataset.Create(
            [new RecordFile("case.json") { Sources = [new Source("s1", "T", SourceKind.NewsArticle, "s1.txt", new string('a', 64))], Persons = [fox], Incidents = [chase] }]);

        dataset.Get("fox").ShouldBe(fox);
        dataset.Get<Incident>("chase").ShouldBe(chase);
        dataset.TryGet("nobody", out _).ShouldBeFalse();
        Should.Throw<KeyNotFoundException>(() => dataset.Get<Person>("chase"));
        dataset.Resolve(chase.Participants[0].Value).ShouldBe(fox);
        dataset.Resolve(Cite)!.Id.ShouldBe("s1");
        dataset.ClaimsCiting("s1").Select(c => (c.Subject.Id, c.Property)).ShouldBe([("fox", "names"), ("chase", "participants")]);
        dataset.ClaimsCiting("s2").ShouldBeEmpty();
    }
}
