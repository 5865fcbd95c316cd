using System.Text.Json.Serialization;
using Sitrep.Model;

namespace Sitrep.Storage;

/// <summary>
/// A document's JSON contract generated at build time, with the serializer's default options (the content hash's
/// bytes, see <see cref="Fingerprint.Of"/>). Runtime code generation is off (src/BatchRuntime.props), so the
/// reflection-based contract read every property through reflection and boxed its value; the generated one writes
/// the same bytes with plain property reads.
/// </summary>
[JsonSerializable(typeof(Document))]
internal sealed partial class DocumentJsonContext : JsonSerializerContext;
