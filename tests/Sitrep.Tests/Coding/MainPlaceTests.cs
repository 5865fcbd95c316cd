using Sitrep.Tests.Support;

namespace Sitrep.Tests.Coding;

/// <summary>
/// An act the text places nowhere, far from the last place named, is coded at the document's main place: the city or
/// town most often an event's place, the first named among equals.
/// </summary>
public sealed class MainPlaceTests
{
    private const string Later = " La situation restait tendue. Les habitants attendaient des nouvelles. Les écoles sont restées fermées."
        + " L'armée a bombardé les positions rebelles jeudi.";

    private static string? LastLocation(string text) => TestPipeline.Code(text).Events.Last().Location;

    [Fact]
    public void TheCityOfMostEventsIsTheMainPlace() =>
        Assert.Equal("Homs", LastLocation("L'armée a bombardé Alep lundi. L'armée a bombardé Homs mardi. L'armée a bombardé Homs mercredi." + Later));

    [Fact]
    public void AmongEqualsTheFirstNamedIsTheMainPlace() =>
        Assert.Equal("Alep", LastLocation("L'armée a bombardé Alep lundi. L'armée a bombardé Homs mardi." + Later));
}
