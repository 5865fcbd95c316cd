namespace Sitrep.Web.Api;

/// <summary>A query string the API cannot use (a bad date, an unknown sort key): answered with 400 and this message.</summary>
public sealed class BadQueryException(string message) : Exception(message);
