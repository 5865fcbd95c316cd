using System.Buffers;

namespace Sitrep.Storage;

/// <summary>
/// Room for text values of one document's rows in arrays rented from <see cref="ArrayPool{T}.Shared"/>, handed out as
/// slices that stay valid until <see cref="Dispose"/> gives the arrays back: the coder's lists of reasons, as strings of
/// their own, were a third of what saving allocated. A full array is never moved: what follows goes into a new one, so
/// the slices already handed out keep pointing at their text.
/// </summary>
internal sealed class RentedText : IDisposable
{
    private const int ArrayChars = 1 << 12;

    private readonly List<char[]> _rented = [];
    private int _usedOfLast;

    /// <summary>A slice of <paramref name="length"/> characters for the caller to fill.</summary>
    public Memory<char> Take(int length)
    {
        if (_rented.Count == 0 || _rented[^1].Length - _usedOfLast < length)
        {
            _rented.Add(ArrayPool<char>.Shared.Rent(Math.Max(ArrayChars, length)));
            _usedOfLast = 0;
        }
        var slice = _rented[^1].AsMemory(_usedOfLast, length);
        _usedOfLast += length;
        return slice;
    }

    public void Dispose()
    {
        foreach (var array in _rented) ArrayPool<char>.Shared.Return(array);
        _rented.Clear();
    }
}
