# Helpers the REST walk-throughs share: each call is made by the user whose step it is (password demo).
# Sourced by hazard-major-path.sh and simultaneity-rest.sh; they set BASE and PI.
call() { # user method path [json]
  local user=$1 method=$2 path=$3 body=${4:-}
  if [ -n "$body" ]; then
    curl -s -u "$user:demo" -X "$method" -H 'Content-Type: application/json' "$BASE$path" -d "$body"
  else
    curl -s -u "$user:demo" -X "$method" "$BASE$path"
  fi
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
task_of() { # user taskKey -> task id
  call "$1" GET "/engine-rest/task?processInstanceId=$PI&taskDefinitionKey=$2" | json "d[0]['id'] if d else ''"
}
step() { # user taskKey variables-json
  local id; id=$(task_of "$1" "$2")
  [ -n "$id" ] || { echo "!! $1 sees no task $2"; exit 1; }
  local status; status=$(curl -s -o /tmp/step.out -w '%{http_code}' -u "$1:demo" -H 'Content-Type: application/json' \
    "$BASE/engine-rest/task/$id/complete" -d "{\"variables\": $3}")
  echo "$status  $1  $2  $(cat /tmp/step.out)"
  [ "$status" = 204 ] || exit 1
}
refused() { # user taskKey variables-json: expects 4xx, prints the message
  local id; id=$(task_of "$1" "$2")
  local status; status=$(curl -s -o /tmp/step.out -w '%{http_code}' -u "$1:demo" -H 'Content-Type: application/json' \
    "$BASE/engine-rest/task/$id/complete" -d "{\"variables\": $3}")
  echo "$status  $1  $2  refused: $(json "d['message']" < /tmp/step.out)"
}
sign() { # taskKey: the 机关负责人 signs the drafted notice off as drafted
  local id; id=$(task_of bureau-head "$1")
  local draft; draft=$(call bureau-head GET "/engine-rest/task/$id/variables?deserializeValues=false" | python3 -c "import json,sys; d=json.load(sys.stdin); \
print(json.dumps({k: {'value': d[k]['value']} for k in ('noticeTitle', 'noticeBody')}, ensure_ascii=False)[:-1] + ', \"noticeApproved\": {\"value\": true}}')")
  step bureau-head "$1" "$draft"
}
v() { python3 -c "import json,sys; a=sys.argv[1:]; print(json.dumps({a[i]: {'value': json.loads(a[i+1])} for i in range(0, len(a), 2)}, ensure_ascii=False))" "$@"; }
