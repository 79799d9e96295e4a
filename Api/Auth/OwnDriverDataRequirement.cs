using Microsoft.AspNetCore.Authorization;

namespace Telematics.Api.Auth;

public sealed class OwnDriverDataRequirement : IAuthorizationRequirement;
