using Microsoft.AspNetCore.Http.HttpResults;

namespace Vigil.Server;

/// <summary>RFC 7807 problems, each with a one-line detail saying what is wrong and where.</summary>
internal static class Problems
{
    public static ValidationProblem Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, detail: string.Join("; ", errors.SelectMany(e => e.Value.Select(m => e.Key + ": " + m))));

    public static ValidationProblem Invalid(string parameter, string message) =>
        Invalid(new Dictionary<string, string[]>(StringComparer.Ordinal) { [parameter] = [message] });

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not Found");

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad Request");
}
