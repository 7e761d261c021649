using PublicApiGenerator;

namespace CaseRecords.Tests;

public class PublicApiTests
{
    [Fact]
    public void The_public_api_is_approved()
    {
        var api = typeof(CaseDataset).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute", "System.Runtime.CompilerServices.InternalsVisibleToAttribute"],
        });
        api.ShouldMatchApproved(options => options.NoDiff().WithFileExtension("txt").SubFolder("Approved"));
    }
}
