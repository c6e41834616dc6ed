using Microsoft.EntityFrameworkCore;
using NodaTime;
using StAMM.Domain.EntityFrameworkCore;
using StAMM.Domain.WebApi;

var builder = WebApplication.CreateBuilder(args);

#region glue
builder.Services.AddStammDomain();                 // documents in and out, problem details, schemas in OpenAPI
builder.Services.AddOpenApi();
builder.Services.AddSingleton<IClock>(SystemClock.Instance);
var postgres = builder.Configuration.GetConnectionString("Postgres");
builder.Services.AddDbContext<StammDbContext>(o => _ = postgres is null
    ? o.UseSqlite(builder.Configuration.GetConnectionString("Sqlite") ?? $"Data Source={Path.Combine(builder.Environment.ContentRootPath, "facility.db")}")
    : o.UseNpgsql(postgres, npgsql => npgsql.UseNodaTime()));
builder.Services.AddScoped(services => new StammStore(services.GetRequiredService<StammDbContext>()));

var app = builder.Build();
app.MapOpenApi();
app.MapFacility();                                 // the endpoints: Facility.cs
await app.Services.SeedAsync();                    // creates the tables and the illustrative facility, once
#endregion

await app.RunAsync();

/// <summary>The application, for <c>WebApplicationFactory</c>.</summary>
public partial class Program;
