#!/usr/bin/env python3
"""A Twilio Memory API script, written the way a customer writes it with the official `twilio`
helper library (9.13.0), pointed at another base URL. That one line is the only change from a
script that runs against https://memory.twilio.com.

    python memory_client.py BASE_URL ACCOUNT_SID AUTH_TOKEN

It walks the whole lifecycle: stores, profiles, lookup, traits, identifiers, observations with
revisions, conversation summaries, identity resolution settings, and erasure. Each step prints one
JSON line `{"step": ..., "ok": true|false, "detail": ...}`. A failed step records the exception,
the HTTP status and the request/response the client saw, and the walk continues where it can
(steps that need what a failed step would have produced are reported as failed too). The exit
status is 0 only when every step passed.
"""

import datetime
import json
import sys
import time
import traceback

from twilio.base.exceptions import TwilioException, TwilioRestException
from twilio.rest import Client
from twilio.rest.memory.v1.conversation_summary import ConversationSummaryList
from twilio.rest.memory.v1.identifier import IdentifierList
from twilio.rest.memory.v1.identity_resolution_setting import (
    IdentityResolutionSettingList,
)
from twilio.rest.memory.v1.lookup import LookupList
from twilio.rest.memory.v1.observation import ObservationList
from twilio.rest.memory.v1.profile import ProfileList
from twilio.rest.memory.v1.store import StoreList

if len(sys.argv) != 4:
    sys.exit("usage: memory_client.py BASE_URL ACCOUNT_SID AUTH_TOKEN")
BASE_URL, ACCOUNT_SID, AUTH_TOKEN = sys.argv[1:]

client = Client(ACCOUNT_SID, AUTH_TOKEN)
# The only change from a script written for Twilio: the Memory domain's base URL
# (twilio/base/domain.py: Domain.absolute_url joins base_url and "v1/...").
client.memory.base_url = BASE_URL
memory = client.memory.v1

PHONE_AS_TYPED = "1-317-555-6789"
PHONE_E164 = "+13175556789"
EMAIL = "Jane.Doe@Example.com"
WHATSAPP = "whatsapp:+13175550100"

# ------------------------------------------------------------------------------------------------
# Step bookkeeping (not part of the "customer" code).

state = {}
failures = []
sent = {}


def _remember_body(response, *args, **kwargs):
    # Evidence only: requests' response hook keeps the exact body the client sent (the client's
    # own _test_only_last_request drops JSON bodies).
    body = response.request.body
    sent["body"] = body.decode() if isinstance(body, bytes) else body


client.http_client.request_hooks["response"].append(_remember_body)


class Missing(Exception):
    """A step needs something an earlier, failed step should have produced."""


def need(*keys):
    missing = [k for k in keys if state.get(k) is None]
    if missing:
        raise Missing("needs " + ", ".join(missing) + " from an earlier step that failed")
    return [state[k] for k in keys] if len(keys) > 1 else state[keys[0]]


def check(cond, what, got=None):
    if not cond:
        raise AssertionError(what + ("" if got is None else f"; got {got!r}"))


def saw_time(where, value):
    """Remembers a timestamp attribute as the client deserialized it (checked by one step)."""
    state.setdefault("timestamps", []).append((where, value))


def jsonable(v):
    try:
        json.dumps(v)
        return v
    except TypeError:
        return repr(v)


def last_exchange():
    """The last request and response of the client's HTTP layer, as evidence."""
    http = client.http_client
    out = {}
    req = getattr(http, "_test_only_last_request", None)
    if req is not None:
        out["request"] = {
            "method": req.method,
            "url": req.url,
            "params": jsonable(req.params),
            "body": sent.get("body"),
            "headers": {
                k: v
                for k, v in (req.headers or {}).items()
                if k in ("Content-Type", "Accept", "If-Match")
            },
        }
    resp = getattr(http, "_test_only_last_response", None)
    if resp is not None:
        out["response"] = {"status": resp.status_code, "body": (resp.text or "")[:600]}
    return out


def emit(name, ok, detail):
    print(json.dumps({"step": name, "ok": ok, "detail": detail}, default=str), flush=True)


def step(name, fn):
    try:
        detail = fn()
    except Missing as e:
        failures.append(name)
        emit(name, False, {"skipped": str(e)})
        return False
    except TwilioRestException as e:
        failures.append(name)
        emit(
            name,
            False,
            {
                "exception": "TwilioRestException",
                "status": e.status,
                "code": e.code,
                "msg": e.msg,
                "method": e.method,
                "uri": e.uri,
                **last_exchange(),
            },
        )
        return False
    except Exception as e:  # noqa: BLE001 - every failure is reported the same way
        failures.append(name)
        detail = {"exception": type(e).__name__, "error": str(e)}
        if not isinstance(e, AssertionError):
            detail["where"] = traceback.format_exc().strip().splitlines()[-3:]
            detail.update(last_exchange())
        emit(name, False, detail)
        return False
    emit(name, True, detail)
    return True


def expect_status(status, fn):
    """Runs fn, which must fail with this HTTP status: fetch/create/update/delete raise
    TwilioRestException; a list's page raises a plain TwilioException carrying the response
    (twilio/base/page.py, Page.process_response)."""
    try:
        got = fn()
    except TwilioRestException as e:
        check(e.status == status, f"expected HTTP {status}", e.status)
        return {"status": e.status, "code": e.code}
    except TwilioException as e:
        resp = e.args[1] if len(e.args) > 1 else None
        got_status = getattr(resp, "status_code", None)
        check(got_status == status, f"expected HTTP {status}", got_status)
        return {"status": got_status, "body": json.loads(resp.text)}
    raise AssertionError(f"expected HTTP {status}, the call returned {got!r}")


# ------------------------------------------------------------------------------------------------
# Stores


def create_store():
    name = f"client_walk_{int(time.time() * 1000)}"
    store = memory.stores.create(
        StoreList.ServiceRequest({"displayName": name, "description": "Python helper walk"})
    )
    check(bool(store.id) and store.id.startswith("mem_store_"), "store.id", store.id)
    state["store_id"] = store.id
    state["store_name"] = name
    return {"id": store.id, "displayName": store.display_name, "status": store.status,
            "message": store.message}


def fetch_store():
    store_id, name = need("store_id", "store_name")
    store = memory.stores(store_id).fetch()
    check(store.id == store_id, "fetched id", store.id)
    check(store.display_name == name, "displayName", store.display_name)
    check(store.version is not None, "version present", store.version)
    return {"id": store.id, "displayName": store.display_name, "status": store.status,
            "version": store.version}


def list_stores():
    store_id = need("store_id")
    ids = memory.stores.list()
    check(store_id in ids, "new store in list", ids)
    check(all(isinstance(i, str) for i in ids), "list of id strings", ids)
    return {"count": len(ids)}


def patch_store():
    store_id = need("store_id")
    store = memory.stores(store_id).patch(
        StoreList.PatchStoreRequest({"description": "renamed by the helper walk"})
    )
    check(store.description == "renamed by the helper walk", "description", store.description)
    return {"description": store.description, "version": store.version}


# ------------------------------------------------------------------------------------------------
# Profiles, lookup, traits


def upsert_profile():
    store_id = need("store_id")
    profile = memory.profiles(store_id).create(
        ProfileList.ProfileData(
            {
                "traits": {
                    "Contact": {
                        "firstName": "Jane",
                        "lastName": "Doe",
                        "email": EMAIL,
                        "phone": PHONE_AS_TYPED,
                    },
                    "Preferences": {"language": "en", "tier": "gold"},
                }
            }
        )
    )
    check(bool(profile.id) and profile.id.startswith("mem_profile_"), "profile.id", profile.id)
    state["profile_id"] = profile.id
    return {"id": profile.id, "message": profile.message}


def upsert_again_same_phone():
    store_id, profile_id = need("store_id", "profile_id")
    profile = memory.profiles(store_id).create(
        ProfileList.ProfileData({"traits": {"Contact": {"phone": PHONE_E164}}})
    )
    check(profile.id == profile_id, "same phone resolves to the same profile", profile.id)
    return {"id": profile.id, "message": profile.message}


def list_profiles():
    store_id, profile_id = need("store_id", "profile_id")
    ids = memory.profiles(store_id).list()
    check(ids == [profile_id], "one profile id", ids)
    return {"profiles": ids}


def lookup(id_type, value):
    def run():
        store_id, profile_id = need("store_id", "profile_id")
        found = memory.lookup(store_id).create(
            LookupList.Identifier({"idType": id_type, "value": value})
        )
        check(found.profiles == [profile_id], "profiles", found.profiles)
        return {"normalizedValue": found.normalized_value, "profiles": found.profiles}

    return run


def lookup_phone():
    detail = lookup("phone", PHONE_AS_TYPED)()
    check(detail["normalizedValue"] == PHONE_E164, "normalizedValue", detail["normalizedValue"])
    return detail


def lookup_email():
    detail = lookup("email", EMAIL)()
    check(detail["normalizedValue"] == EMAIL.lower(), "normalizedValue", detail["normalizedValue"])
    return detail


def fetch_profile():
    store_id, profile_id = need("store_id", "profile_id")
    profile = memory.profiles(store_id, profile_id).fetch()
    check(profile.id == profile_id, "id", profile.id)
    check(profile.traits["Contact"]["firstName"] == "Jane", "Contact.firstName", profile.traits)
    check(profile.traits["Preferences"]["tier"] == "gold", "Preferences.tier", profile.traits)
    saw_time("ProfileInstance.created_at", profile.created_at)
    return {"id": profile.id, "traits": profile.traits, "createdAt": profile.created_at}


def fetch_profile_trait_groups():
    store_id, profile_id = need("store_id", "profile_id")
    profile = memory.profiles(store_id, profile_id).fetch(trait_groups="Preferences")
    check(set(profile.traits) == {"Preferences"}, "only Preferences", profile.traits)
    return {"traits": profile.traits}


def patch_profile():
    store_id, profile_id = need("store_id", "profile_id")
    profile = memory.profiles(store_id, profile_id).patch(
        ProfileList.ProfilePatch(
            {"traits": {"Preferences": {"language": "fr"}, "Loyalty": {"points": 120}}}
        )
    )
    check(profile.id == profile_id, "id", profile.id)
    check(profile.traits["Preferences"]["language"] == "fr", "language updated", profile.traits)
    check(profile.traits["Preferences"]["tier"] == "gold", "tier kept", profile.traits)
    check(profile.traits["Loyalty"]["points"] == 120, "Loyalty added", profile.traits)
    return {"traits": profile.traits}


def list_traits():
    store_id, profile_id = need("store_id", "profile_id")
    traits = memory.traits(store_id, profile_id).list()
    got = {(t.trait_group, t.name): t.value for t in traits}
    check(got.get(("Preferences", "language")) == "fr", "Preferences.language", got)
    check(got.get(("Contact", "email")) is not None, "Contact.email", got)
    check(all(t.timestamp is not None for t in traits), "timestamps", [t.timestamp for t in traits])
    saw_time("TraitInstance.timestamp", traits[0].timestamp)
    paged = memory.traits(store_id, profile_id).list(page_size=2)
    check(len(paged) == len(traits), "paging with pageSize=2 yields every trait", len(paged))
    only = memory.traits(store_id, profile_id).list(trait_groups="Loyalty")
    check([(t.trait_group, t.name) for t in only] == [("Loyalty", "points")], "traitGroups filter",
          [(t.trait_group, t.name) for t in only])
    return {"count": len(traits), "traits": {f"{g}.{n}": v for (g, n), v in got.items()}}


# ------------------------------------------------------------------------------------------------
# Identifiers


def list_identifiers():
    store_id, profile_id = need("store_id", "profile_id")
    idents = memory.identifiers(store_id, profile_id).list()
    got = {i.id_type: i.values for i in idents}
    check(got.get("phone") == [PHONE_E164], "phone identifier", got)
    check(got.get("email") == [EMAIL.lower()], "email identifier", got)
    return {"identifiers": got}


def add_identifier():
    store_id, profile_id = need("store_id", "profile_id")
    added = memory.identifiers(store_id, profile_id).create(
        IdentifierList.Identifier({"idType": "whatsapp", "value": WHATSAPP})
    )
    return {"message": added.message, "idType": added.id_type, "values": added.values}


def fetch_identifier():
    store_id, profile_id = need("store_id", "profile_id")
    ident = memory.identifiers(store_id, profile_id, "whatsapp").fetch()
    check(ident.id_type == "whatsapp", "idType", ident.id_type)
    check(ident.values == ["+13175550100"], "values", ident.values)
    return {"idType": ident.id_type, "values": ident.values}


def patch_identifier():
    store_id, profile_id = need("store_id", "profile_id")
    ident = memory.identifiers(store_id, profile_id, "whatsapp").patch(
        IdentifierList.IdentifierUpdate(
            {"idType": "whatsapp", "oldValue": "+13175550100", "newValue": "+13175550101"}
        )
    )
    check(ident.values == ["+13175550101"], "values", ident.values)
    return {"idType": ident.id_type, "values": ident.values}


def delete_identifier_type():
    store_id, profile_id = need("store_id", "profile_id")
    ok = memory.identifiers(store_id, profile_id, "whatsapp").delete(remove_all=True)
    check(ok is True or isinstance(ok, dict), "delete result", ok)
    left = {i.id_type: i.values for i in memory.identifiers(store_id, profile_id).list()}
    check(not left.get("whatsapp"), "whatsapp values gone", left)
    return {"identifiers": left}


def delete_identifier_default():
    # IdentifierContext.delete() with no argument: the client sends no query parameter at all.
    store_id, profile_id = need("store_id", "profile_id")
    memory.identifiers(store_id, profile_id).create(
        IdentifierList.Identifier({"idType": "whatsapp", "value": WHATSAPP})
    )
    ok = memory.identifiers(store_id, profile_id, "whatsapp").delete()
    check(ok is True or isinstance(ok, dict), "delete result", ok)
    return {"result": jsonable(ok)}


# ------------------------------------------------------------------------------------------------
# Observations and revisions

OBSERVATIONS = [
    {"content": "Prefers email over phone calls", "source": "crm",
     "occurredAt": "2025-01-10T09:00:00Z", "conversationIds": ["conv_alpha"]},
    {"content": "Has a dog named Biscuit", "source": "agent/notes",
     "occurredAt": "2025-01-11T09:00:00Z", "conversationIds": ["conv_alpha"]},
    {"content": "Asked about the gold tier upgrade", "source": "crm",
     "occurredAt": "2025-01-12T09:00:00Z", "conversationIds": ["conv_beta"]},
    {"content": "Lives in Indianapolis", "source": "crm",
     "occurredAt": "2025-01-13T09:00:00Z"},
    {"content": "Is allergic to peanuts", "source": "agent/notes"},
]


def create_observations():
    store_id, profile_id = need("store_id", "profile_id")
    created = memory.observations(store_id, profile_id).create(
        ObservationList.CreateObservationsRequest({"observations": OBSERVATIONS})
    )
    check(bool(created.message), "message", created.message)
    return {"message": created.message}


def list_observations():
    store_id, profile_id = need("store_id", "profile_id")
    obs = memory.observations(store_id, profile_id).list()
    check(len(obs) == len(OBSERVATIONS), "count", len(obs))
    check(all(o.id and o.id.startswith("mem_observation_") for o in obs), "ids",
          [o.id for o in obs])
    check(all(o.created_at and o.occurred_at for o in obs), "timestamps present",
          [(o.created_at, o.occurred_at) for o in obs])
    saw_time("ObservationInstance.created_at", obs[0].created_at)
    saw_time("ObservationInstance.updated_at", obs[0].updated_at)
    defaulted = [o for o in obs if o.content == "Is allergic to peanuts"][0]
    saw_time("ObservationInstance.occurred_at (defaulted by the server)", defaulted.occurred_at)
    saw_time("ObservationInstance.occurred_at (given as 2025-01-13T09:00:00Z)",
             [o for o in obs if o.content == "Lives in Indianapolis"][0].occurred_at)
    by_content = {o.content: o for o in obs}
    check(set(by_content) == {o["content"] for o in OBSERVATIONS}, "contents", list(by_content))
    state["observation_id"] = by_content["Has a dog named Biscuit"].id
    state["observation_to_delete"] = by_content["Lives in Indianapolis"].id
    return {"count": len(obs), "first": {"id": obs[0].id, "content": obs[0].content,
                                         "source": obs[0].source,
                                         "conversationIds": obs[0].conversation_ids}}


def page_observations():
    store_id, profile_id = need("store_id", "profile_id")
    obs_list = memory.observations(store_id, profile_id)
    # Streaming with a small page size follows meta.nextToken across pages.
    streamed = obs_list.list(page_size=2)
    check(len(streamed) == len(OBSERVATIONS), "list(page_size=2) count", len(streamed))
    check(len({o.id for o in streamed}) == len(streamed), "no duplicates", [o.id for o in streamed])
    # And page by page, the way a UI would.
    page = obs_list.page(page_size=2, order_by="ASC")
    pages, seen = 0, []
    while page is not None:
        pages += 1
        seen.extend(o.id for o in page)
        page = page.next_page()
        check(pages <= 10, "pagination terminates")
    check(pages == 3, "5 items in pages of 2 make 3 pages", pages)
    check(len(seen) == len(OBSERVATIONS) and len(set(seen)) == len(seen), "pages cover all", seen)
    return {"pages": pages, "ids": seen}


def filter_observations():
    store_id, profile_id = need("store_id", "profile_id")
    obs_list = memory.observations(store_id, profile_id)
    by_source = obs_list.list(source="agent/notes")
    check(len(by_source) == 2, "source filter", [o.content for o in by_source])
    by_conv = obs_list.list(conversation_id="conv_alpha")
    check(len(by_conv) == 2, "conversationId filter", [o.content for o in by_conv])
    y2k = datetime.datetime(2000, 1, 1, tzinfo=datetime.timezone.utc)
    after = obs_list.list(created_after=y2k)
    check(len(after) == len(OBSERVATIONS), "createdAfter=2000-01-01", len(after))
    before = obs_list.list(created_before=y2k)
    check(before == [], "createdBefore=2000-01-01", [o.content for o in before])
    return {"source=agent/notes": len(by_source), "conversationId=conv_alpha": len(by_conv),
            "createdAfter": len(after), "createdBefore": len(before)}


def fetch_observation():
    store_id, profile_id, obs_id = need("store_id", "profile_id", "observation_id")
    o = memory.observations(store_id, profile_id, obs_id).fetch()
    check(o.id == obs_id, "id", o.id)
    check(o.content == "Has a dog named Biscuit", "content", o.content)
    check(o.source == "agent/notes", "source", o.source)
    check(o.conversation_ids == ["conv_alpha"], "conversationIds", o.conversation_ids)
    return {"id": o.id, "content": o.content, "occurredAt": o.occurred_at}


def revise_observation():
    store_id, profile_id, obs_id = need("store_id", "profile_id", "observation_id")
    o = memory.observations(store_id, profile_id, obs_id).patch(
        ObservationList.ObservationBase({"content": "Has two dogs, Biscuit and Gravy"})
    )
    check(o.content == "Has two dogs, Biscuit and Gravy", "content", o.content)
    check(o.id == obs_id, "id", o.id)
    check(o.source == "agent/notes", "source kept", o.source)
    o2 = memory.observations(store_id, profile_id, obs_id).patch(
        ObservationList.ObservationBase(
            {"content": "Has two dogs, Biscuit and Gravy, and a cat",
             "source": "agent/notes", "occurredAt": "2025-02-01T12:00:00Z",
             "conversationIds": ["conv_alpha", "conv_gamma"]}
        )
    )
    check(o2.conversation_ids == ["conv_alpha", "conv_gamma"], "conversationIds", o2.conversation_ids)
    return {"content": o2.content, "updatedAt": o2.updated_at}


def list_revisions():
    store_id, profile_id, obs_id = need("store_id", "profile_id", "observation_id")
    revs = memory.revisions(store_id, profile_id, obs_id).list()
    contents = [r.content for r in revs]
    check(len(revs) >= 2, "at least the original and one revision", contents)
    check(contents[0] == "Has two dogs, Biscuit and Gravy, and a cat"
          or contents[0] == "Has two dogs, Biscuit and Gravy", "newest first", contents)
    check(contents[-1] == "Has a dog named Biscuit", "original last", contents)
    stamps = [r.updated_at for r in revs]
    check(all(s is not None for s in stamps), "updatedAt present", stamps)
    saw_time("RevisionInstance.updated_at", stamps[0])
    paged = memory.revisions(store_id, profile_id, obs_id).list(page_size=1)
    check([r.content for r in paged] == contents, "paging revisions", [r.content for r in paged])
    return {"contents": contents}


def delete_observation():
    store_id, profile_id, obs_id = need("store_id", "profile_id", "observation_to_delete")
    ok = memory.observations(store_id, profile_id, obs_id).delete()
    check(ok is True or isinstance(ok, dict), "delete result", ok)
    gone = expect_status(404, lambda: memory.observations(store_id, profile_id, obs_id).fetch())
    left = memory.observations(store_id, profile_id).list()
    check(obs_id not in [o.id for o in left], "not listed", [o.id for o in left])
    return {"fetch_after_delete": gone, "left": len(left)}


# ------------------------------------------------------------------------------------------------
# Conversation summaries

SUMMARIES = [
    {"conversationId": "conv_alpha", "content": "Customer asked about email preferences.",
     "source": "summarizer", "occurredAt": "2025-01-10T10:00:00Z"},
    {"conversationId": "conv_beta", "content": "Customer asked about a gold tier upgrade.",
     "source": "summarizer", "occurredAt": "2025-01-12T10:00:00Z"},
]


def create_summaries():
    store_id, profile_id = need("store_id", "profile_id")
    created = memory.conversation_summaries(store_id, profile_id).create(
        ConversationSummaryList.CreateSummariesRequest({"summaries": SUMMARIES})
    )
    check(bool(created.message), "message", created.message)
    return {"message": created.message}


def list_summaries():
    store_id, profile_id = need("store_id", "profile_id")
    sums = memory.conversation_summaries(store_id, profile_id).list()
    check(len(sums) == 2, "count", [s.content for s in sums])
    check(all(s.id and s.id.startswith("mem_summary_") for s in sums), "ids", [s.id for s in sums])
    beta = memory.conversation_summaries(store_id, profile_id).list(conversation_id="conv_beta")
    check([s.conversation_id for s in beta] == ["conv_beta"], "conversationId filter",
          [s.conversation_id for s in beta])
    state["summary_id"] = beta[0].id
    paged = memory.conversation_summaries(store_id, profile_id).list(page_size=1)
    check(len(paged) == 2, "paging summaries", len(paged))
    return {"count": len(sums), "beta": beta[0].id}


def fetch_summary():
    store_id, profile_id, sid = need("store_id", "profile_id", "summary_id")
    s = memory.conversation_summaries(store_id, profile_id, sid).fetch()
    check(s.id == sid and s.conversation_id == "conv_beta", "summary", (s.id, s.conversation_id))
    check(s.occurred_at is not None and s.created_at is not None, "timestamps present",
          (s.occurred_at, s.created_at))
    saw_time("ConversationSummaryInstance.created_at", s.created_at)
    return {"id": s.id, "content": s.content, "source": s.source}


def patch_summary():
    store_id, profile_id, sid = need("store_id", "profile_id", "summary_id")
    s = memory.conversation_summaries(store_id, profile_id, sid).patch(
        ConversationSummaryList.SummaryCorePatch(
            {"content": "Customer upgraded to the gold tier."}
        )
    )
    check(s.content == "Customer upgraded to the gold tier.", "content", s.content)
    check(s.conversation_id == "conv_beta", "conversationId kept", s.conversation_id)
    return {"content": s.content, "updatedAt": s.updated_at}


def delete_summary():
    store_id, profile_id, sid = need("store_id", "profile_id", "summary_id")
    ok = memory.conversation_summaries(store_id, profile_id, sid).delete()
    check(ok is True or isinstance(ok, dict), "delete result", ok)
    gone = expect_status(404, lambda: memory.conversation_summaries(store_id, profile_id, sid)
                         .fetch())
    left = memory.conversation_summaries(store_id, profile_id).list()
    check(len(left) == 1, "one summary left", [s.id for s in left])
    return {"fetch_after_delete": gone}


# ------------------------------------------------------------------------------------------------
# Identity resolution settings


def fetch_settings():
    store_id = need("store_id")
    s = memory.identity_resolution_settings(store_id).fetch()
    check(isinstance(s.identifier_configs, list) and s.identifier_configs, "identifierConfigs",
          s.identifier_configs)
    check(s.matching_rules == ["email", "whatsapp", "phone", "chatId"], "matchingRules",
          s.matching_rules)
    check(s.version is not None, "version", s.version)
    state["settings"] = s
    return {"identifierConfigs": s.identifier_configs, "matchingRules": s.matching_rules,
            "version": s.version}


def update_settings():
    store_id, s = need("store_id", "settings")
    settings = memory.identity_resolution_settings(store_id)
    body = IdentityResolutionSettingList.IdentityResolutionSettingsCore(
        {
            "identifierConfigs": [
                {"idType": "email", "matchingAlgo": "exact", "normalization": "email",
                 "limit": 5, "limitPolicy": "fifo", "enforceUnique": True},
                {"idType": "phone", "matchingAlgo": "exact", "normalization": "phone",
                 "limit": 5, "limitPolicy": "fifo", "enforceUnique": True},
                {"idType": "whatsapp", "matchingAlgo": "exact", "normalization": "phone",
                 "limit": 5, "limitPolicy": "fifo", "enforceUnique": True},
                {"idType": "chatId", "matchingAlgo": "exact", "normalization": "trim",
                 "limit": 5, "limitPolicy": "fifo", "enforceUnique": True},
            ],
            "matchingRules": ["phone", "email", "whatsapp", "chatId"],
        }
    )
    updated = settings.update(body, if_match=str(s.version))
    check(updated.matching_rules == ["phone", "email", "whatsapp", "chatId"], "matchingRules",
          updated.matching_rules)
    check(updated.version is not None and updated.version != s.version, "version moved",
          (s.version, updated.version))
    stale = expect_status(412, lambda: settings.update(body, if_match=str(s.version)))
    return {"version": updated.version, "stale_if_match": stale}


def update_settings_with_etag():
    # The ETag header of a fetch, handed back as If-Match (fetch_with_http_info gives headers).
    store_id = need("store_id")
    settings = memory.identity_resolution_settings(store_id)
    fetched = settings.fetch_with_http_info()
    etag = fetched.headers.get("ETag") or fetched.headers.get("etag")
    check(bool(etag), "ETag header on fetch", dict(fetched.headers))
    s = fetched.data
    updated = settings.update(
        IdentityResolutionSettingList.IdentityResolutionSettingsCore(
            {"identifierConfigs": s.identifier_configs,
             "matchingRules": ["email", "whatsapp", "phone", "chatId"]}
        ),
        if_match=etag,
    )
    check(updated.matching_rules == ["email", "whatsapp", "phone", "chatId"], "matchingRules",
          updated.matching_rules)
    return {"etag": etag, "version": updated.version}


def echo_settings():
    # A read-modify-write: put back exactly what fetch() returned.
    store_id = need("store_id")
    settings = memory.identity_resolution_settings(store_id)
    s = settings.fetch()
    updated = settings.update(
        IdentityResolutionSettingList.IdentityResolutionSettingsCore(
            {"identifierConfigs": s.identifier_configs, "matchingRules": s.matching_rules}
        ),
        if_match=str(s.version),
    )
    check(updated.matching_rules == s.matching_rules, "matchingRules", updated.matching_rules)
    return {"version": updated.version}


# ------------------------------------------------------------------------------------------------
# Identity resolution merges


def merge_profiles():
    store_id = need("store_id")
    profiles = memory.profiles(store_id)
    first = profiles.create(
        ProfileList.ProfileData({"traits": {"Contact": {"email": "merge.first@example.com"}}})
    ).id
    second = profiles.create(
        ProfileList.ProfileData({"traits": {"Contact": {"phone": "+1 (317) 555-0300"}}})
    ).id
    check(first and second and first != second, "two profiles", (first, second))
    both = profiles.create(
        ProfileList.ProfileData(
            {"traits": {"Contact": {"email": "merge.first@example.com",
                                    "phone": "+13175550300"}}}
        )
    ).id
    check(both == first, "merged into the earliest profile", (both, first, second))
    found = memory.lookup(store_id).create(
        LookupList.Identifier({"idType": "phone", "value": "317-555-0300"})
    )
    check(found.profiles == [first], "lookup gives the canonical profile", found.profiles)
    state["merged_canonical"], state["merged_away"] = first, second
    return {"canonical": first, "merged": second}


def fetch_merged_profile():
    # Twilio answers 301 with {"message", "uri"} plus Location and Canonical-Profile-Id; the
    # helper library does not follow redirects (twilio/base/domain.py allow_redirects=False) and
    # _parse_fetch (twilio/base/version.py) accepts 3xx and builds the instance from the body.
    store_id, canonical, merged = need("store_id", "merged_canonical", "merged_away")
    p = memory.profiles(store_id, merged).fetch()
    resp = client.http_client._test_only_last_response
    check(resp.status_code == 301, "HTTP 301", resp.status_code)
    check(resp.headers.get("Canonical-Profile-Id") == canonical, "Canonical-Profile-Id",
          dict(resp.headers))
    check(bool(p.message), "ProfileInstance.message from the 301 body", p.message)
    return {"status": resp.status_code, "message": p.message,
            "location": resp.headers.get("Location"), "body": json.loads(resp.text)}


def timestamps_parse():
    # twilio/base/deserialize.py iso8601_datetime parses only "%Y-%m-%dT%H:%M:%SZ" and returns
    # the raw string for anything else.
    seen = need("timestamps")
    bad = {where: value for where, value in seen if not isinstance(value, datetime.datetime)}
    check(not bad, "every timestamp attribute deserializes to a datetime; these stayed strings",
          bad)
    return {where: value for where, value in seen}


# ------------------------------------------------------------------------------------------------
# Erasure


def delete_profile():
    store_id, profile_id = need("store_id", "profile_id")
    ok = memory.profiles(store_id, profile_id).delete()
    check(ok is True or isinstance(ok, dict), "delete result", ok)
    gone = expect_status(404, lambda: memory.profiles(store_id, profile_id).fetch())
    found = memory.lookup(store_id).create(
        LookupList.Identifier({"idType": "phone", "value": PHONE_AS_TYPED})
    )
    check(not found.profiles, "lookup finds nothing", found.profiles)
    obs_gone = expect_status(404, lambda: memory.observations(store_id, profile_id).list())
    return {"fetch_after_delete": gone, "observations_after_delete": obs_gone}


def delete_store():
    store_id = need("store_id")
    ok = memory.stores(store_id).delete()
    check(ok is True or isinstance(ok, dict), "delete result", ok)
    gone = expect_status(404, lambda: memory.stores(store_id).fetch())
    check(store_id not in memory.stores.list(), "not listed")
    return {"fetch_after_delete": gone}


STEPS = [
    ("create_store", create_store),
    ("fetch_store", fetch_store),
    ("list_stores", list_stores),
    ("patch_store", patch_store),
    ("upsert_profile", upsert_profile),
    ("upsert_profile_again_same_phone", upsert_again_same_phone),
    ("list_profiles", list_profiles),
    ("lookup_phone", lookup_phone),
    ("lookup_email", lookup_email),
    ("fetch_profile", fetch_profile),
    ("fetch_profile_trait_groups", fetch_profile_trait_groups),
    ("patch_profile", patch_profile),
    ("list_traits", list_traits),
    ("list_identifiers", list_identifiers),
    ("add_identifier_whatsapp", add_identifier),
    ("fetch_identifier_whatsapp", fetch_identifier),
    ("patch_identifier_whatsapp", patch_identifier),
    ("delete_identifier_remove_all", delete_identifier_type),
    ("delete_identifier_default", delete_identifier_default),
    ("create_observations", create_observations),
    ("list_observations", list_observations),
    ("page_observations", page_observations),
    ("filter_observations", filter_observations),
    ("fetch_observation", fetch_observation),
    ("revise_observation", revise_observation),
    ("list_revisions", list_revisions),
    ("delete_observation", delete_observation),
    ("create_summaries", create_summaries),
    ("list_summaries", list_summaries),
    ("fetch_summary", fetch_summary),
    ("patch_summary", patch_summary),
    ("delete_summary", delete_summary),
    ("fetch_identity_resolution_settings", fetch_settings),
    ("update_identity_resolution_settings", update_settings),
    ("update_identity_resolution_settings_with_etag", update_settings_with_etag),
    ("echo_identity_resolution_settings", echo_settings),
    ("merge_profiles", merge_profiles),
    ("fetch_merged_profile", fetch_merged_profile),
    ("timestamps_parse_as_datetime", timestamps_parse),
    ("delete_profile", delete_profile),
    ("delete_store", delete_store),
]


def main():
    for name, fn in STEPS:
        step(name, fn)
    passed = len(STEPS) - len(failures)
    emit("summary", not failures, {"passed": passed, "failed": failures})
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
