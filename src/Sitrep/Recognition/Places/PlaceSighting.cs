using Sitrep.Model;

namespace Sitrep.Recognition.Places;

/// <summary>
/// A name found in the text before namesakes are resolved: its span, the places it may be, the level the
/// place word before it implies, and the precision its context implies (2 after "l'est de"). A site's span opens
/// on its place word ("prison d'Alep"): <paramref name="IsSite"/>, and the candidates are the places it stands in.
/// </summary>
/// <remarks>A value, kept in the thread's list only until the text's mentions are made: no object per name found.</remarks>
internal readonly record struct PlaceSighting(
    TextSpan Span,
    Namesakes Namesakes,
    PlaceWord? Cue,
    int GeoPrecision,
    int Sentence,
    bool IsSite = false);
