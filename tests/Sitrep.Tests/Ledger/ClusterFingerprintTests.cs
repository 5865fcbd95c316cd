using Sitrep.Ledger;
using Sitrep.Model;
using static Sitrep.Tests.Support.LedgerSamples;

namespace Sitrep.Tests.Ledger;

public sealed class ClusterFingerprintTests
{
    public static TheoryData<Event> Events() =>
    [
        Capture("a"),
        Capture("a") with { Date = null, Actor1 = null, Actor2 = null },
        Capture("a") with { Actor1 = "un nom | avec une barre" },
        Capture("a") with { Place = null, Location = "Kafr Hamra" },
    ];

    [Theory]
    [MemberData(nameof(Events))]
    public void AStoredFingerprintMatchesItsOwnEventOnly(Event e)
    {
        var stored = Stored([e])[0];
        var fingerprint = ClusterRules.Fingerprint(stored);

        Assert.True(ClusterRules.HasFingerprint(stored, fingerprint));
        Assert.False(ClusterRules.HasFingerprint(stored, fingerprint + "x"));
        Assert.False(ClusterRules.HasFingerprint(stored, fingerprint[..^1]));
        Assert.False(ClusterRules.HasFingerprint(Stored([e with { Date = Tuesday.AddDays(3) }])[0], fingerprint));
        Assert.False(ClusterRules.HasFingerprint(Stored([e with { Actor2 = "Autre" }])[0], fingerprint));
    }

    [Fact]
    public void TheFingerprintJoinsTheFieldsClusteringReads()
    {
        var stored = Stored([Capture("a") with { Actor2 = null }])[0];

        Assert.Equal("Government regains territory|sy.aleppo.as-salheen|2016-12-06|Military Forces of Syria|", ClusterRules.Fingerprint(stored));
    }

    [Fact]
    public void AClusterIsNamedAfterAHashOfItsSmallestMember() =>
        Assert.Equal("cl-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("doc-1-abc"u8))[..12],
            EventClusterer.ClusterId("doc-1-abc"));
}
