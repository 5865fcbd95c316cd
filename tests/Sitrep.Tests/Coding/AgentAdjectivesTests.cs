using Sitrep.Tests.Support;

namespace Sitrep.Tests.Coding;

/// <summary>
/// A nationality adjective right after an attack noun with no actor1 names who carried it out (agent_adjectives.tsv): a
/// pattern ending in * by any ending, one without by the whole word; any other word names nobody.
/// </summary>
public sealed class AgentAdjectivesTests
{
    private static string? FirstActor1(string text) => TestPipeline.Code(text).Events.First().Actor1;

    [Theory]
    [InlineData("Des frappes turques ont visé Afrine lundi.", "Military Forces of Turkey")]
    [InlineData("Une frappe aérienne russe a visé Idleb lundi.", "Military Forces of Russia")]
    [InlineData("Un bombardement turc a visé Afrine lundi.", "Military Forces of Turkey")]
    public void TheAdjectiveAfterTheAttackNamesItsActor(string text, string actor) => Assert.Equal(actor, FirstActor1(text));

    [Theory]
    [InlineData("Une frappe meurtrière a visé Afrine lundi.")]
    [InlineData("Un bombardement turcophone a visé Afrine lundi.")]
    public void AnotherWordNamesNobody(string text) => Assert.DoesNotContain("Military Forces of Turkey", FirstActor1(text) ?? "");
}
